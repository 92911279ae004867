import type { NextRequest } from "next/server";
import { notFoundResponse, prefixedLocale } from "@/lib/feed/prefixed-locale";
import { parseProjectFilters } from "@/lib/filters/project-filters";
import { projectsViewCard } from "@/lib/og/preview-cards";
import { previewImage } from "@/lib/og/preview-image";

// /de/og/projects?…: the preview image of a /de/projects view.
export async function GET(request: NextRequest, { params }: RouteContext<"/[locale]/og/projects">) {
  const locale = await prefixedLocale(params);
  if (!locale) return notFoundResponse();
  const { filters } = parseProjectFilters(request.nextUrl.searchParams);
  return previewImage(await projectsViewCard(filters, locale), locale);
}
