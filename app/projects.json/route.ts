import type { NextRequest } from "next/server";
import { handleProjectExport } from "@/lib/export/project-export";

export function GET(request: NextRequest) {
  return handleProjectExport(request, "json");
}
