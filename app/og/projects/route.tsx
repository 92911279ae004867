import type { NextRequest } from "next/server";
import { projectsViewCard } from "@/lib/og/preview-cards";
import { previewImage } from "@/lib/og/preview-image";
import { parseProjectFilters } from "@/lib/filters/project-filters";

export async function GET(request: NextRequest) {
  const { filters } = parseProjectFilters(request.nextUrl.searchParams);
  return previewImage(await projectsViewCard(filters));
}
