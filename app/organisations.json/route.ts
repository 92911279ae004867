import type { NextRequest } from "next/server";
import { handleOrganisationExport } from "@/lib/export/list-exports";

export function GET(request: NextRequest) {
  return handleOrganisationExport(request, "json");
}
