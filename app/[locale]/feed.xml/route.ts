import type { NextRequest } from "next/server";
import { atomFeed } from "@/lib/feed/atom";
import { notFoundResponse, prefixedLocale } from "@/lib/feed/prefixed-locale";
import { parseProjectFilters } from "@/lib/filters/project-filters";

// /de/feed.xml, /ar/feed.xml, …: the feed of app/feed.xml in the address's language.
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/feed.xml">) {
  const locale = await prefixedLocale(params);
  if (!locale) return notFoundResponse();
  const { filters } = parseProjectFilters(request.nextUrl.searchParams);
  return new Response(await atomFeed(filters, 50, locale), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
