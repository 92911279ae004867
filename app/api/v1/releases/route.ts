import type { NextRequest } from "next/server";
import { releasesJson } from "@/lib/api/queries";
import { apiError, apiJson, apiRoute } from "@/lib/api/respond";
import { ReleaseList } from "@/lib/api/schemas";

export async function GET(request: NextRequest) {
  return apiRoute(request, async () => {
    if (request.nextUrl.searchParams.size)
      return apiError(400, "invalid_parameter", "This endpoint takes no parameters.");
    return apiJson(ReleaseList, await releasesJson());
  });
}
