import type { NextRequest } from "next/server";
import { atomFeed } from "@/lib/feed/atom";
import { parseProjectFilters } from "@/lib/filters/project-filters";

export async function GET(request: NextRequest) {
  const { filters } = parseProjectFilters(request.nextUrl.searchParams);
  return new Response(await atomFeed(filters), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
