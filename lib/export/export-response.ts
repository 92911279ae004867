// Every list export by its path: the one function that turns an export URL into its response. The Next.js routes
// call it, and so do the export worker pool (lib/server/export-pool.ts), which runs exports off the thread that
// serves pages, and the bulk files produced once per seed (lib/export/bulk-exports.ts).
import { handleOrganisationExport, handleParticipationExport } from "./list-exports";
import { handleProjectExport, type ExportFormat } from "./project-export";

type Handler = (params: URLSearchParams, format: ExportFormat) => Promise<Response>;

const HANDLERS: Record<string, Handler> = {
  projects: handleProjectExport,
  participations: handleParticipationExport,
  organisations: handleOrganisationExport,
};

/** The list exports' paths, e.g. /projects.csv and /organisations.json. */
export const EXPORT_PATHS: readonly string[] = Object.keys(HANDLERS).flatMap((kind) => [
  `/${kind}.csv`,
  `/${kind}.json`,
]);

export function isExportPath(path: string): boolean {
  return EXPORT_PATHS.includes(path);
}

/** The export at `path` (one of EXPORT_PATHS) for these query parameters. */
export async function exportResponse(path: string, params: URLSearchParams): Promise<Response> {
  const match = /^\/(\w+)\.(csv|json)$/.exec(path);
  const handler = match ? HANDLERS[match[1]] : undefined;
  if (!match || !handler) throw new Error(`Not an export path: ${path}`);
  return handler(params, match[2] === "csv" ? "csv" : "json");
}
