import type { NextRequest } from "next/server";
import { handleParticipationExport } from "@/lib/export/list-exports";

export function GET(request: NextRequest) {
  return handleParticipationExport(request, "csv");
}
