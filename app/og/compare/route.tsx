import type { NextRequest } from "next/server";
import { compareCard } from "@/lib/og/compare-card";
import { previewImage } from "@/lib/og/preview-image";

export async function GET(request: NextRequest) {
  return previewImage(await compareCard(request.nextUrl.searchParams));
}
