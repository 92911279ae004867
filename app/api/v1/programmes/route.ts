import type { NextRequest } from "next/server";
import { programmesJson } from "@/lib/api/queries";
import { apiError, apiJson } from "@/lib/api/respond";
import { ProgrammeList } from "@/lib/api/schemas";

export async function GET(request: NextRequest) {
  if (request.nextUrl.searchParams.size) return apiError(400, "invalid_parameter", "This endpoint takes no parameters.");
  return apiJson(ProgrammeList, await programmesJson());
}
