import type { NextRequest } from "next/server";
import { exportResponse } from "@/lib/export/export-response";

export function GET(request: NextRequest) {
  return exportResponse(request.nextUrl.pathname, request.nextUrl.searchParams);
}
