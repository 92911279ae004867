import type { NextRequest } from "next/server";
import { organisationsJson } from "@/lib/api/queries";
import { apiError, apiJson, apiRoute } from "@/lib/api/respond";
import { OrganisationList } from "@/lib/api/schemas";
import { parseOrganisationFilters } from "@/lib/filters/organisation-filters";

export async function GET(request: NextRequest) {
  return apiRoute(request, async () => {
    const { filters, notices } = parseOrganisationFilters(request.nextUrl.searchParams);
    if (notices.length) return apiError(400, "invalid_parameter", "Some query parameters are not valid.", notices);
    return apiJson(OrganisationList, await organisationsJson(filters));
  });
}
