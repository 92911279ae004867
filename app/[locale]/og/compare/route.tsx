import type { NextRequest } from "next/server";
import { notFoundResponse, prefixedLocale } from "@/lib/feed/prefixed-locale";
import { compareCard } from "@/lib/og/compare-card";
import { previewImage } from "@/lib/og/preview-image";

// /de/og/compare?…: the preview image of a /de/compare view.
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/og/compare">) {
  const locale = await prefixedLocale(params);
  if (!locale) return notFoundResponse();
  return previewImage(await compareCard(request.nextUrl.searchParams, locale), locale);
}
