import type { NextRequest } from "next/server";
import { compareCsv } from "@/lib/export/compare-export";

export async function GET(request: NextRequest) {
  return compareCsv(request.nextUrl.searchParams);
}
