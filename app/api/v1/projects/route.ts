import type { NextRequest } from "next/server";
import { projectListJson } from "@/lib/api/queries";
import { apiError, apiJson, apiRoute } from "@/lib/api/respond";
import { ProjectList } from "@/lib/api/schemas";
import { parseProjectFilters } from "@/lib/filters/project-filters";

export async function GET(request: NextRequest) {
  return apiRoute(request, async () => {
    const { filters, notices } = parseProjectFilters(request.nextUrl.searchParams);
    if (notices.length) return apiError(400, "invalid_parameter", "Some query parameters are not valid.", notices);
    return apiJson(ProjectList, await projectListJson(filters));
  });
}
