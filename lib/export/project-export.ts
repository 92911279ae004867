// /projects.csv and /projects.json: the current filtered, sorted result set, all of it, streamed.
import { apiError } from "../api/respond";
import { projectRecordJson } from "../api/to-json";
import { parseProjectFilters, toCanonicalSearch, type ProjectFilters } from "../filters/project-filters";
import { csvStream, jsonStream } from "./export-stream";
import { DEFAULT_COLUMNS, PROJECT_COLUMNS } from "./project-columns";
import { projectExportRows } from "../catalogue/export-rows";
import { releaseStamp } from "./release-stamp";

export type ExportFormat = "csv" | "json";

/** Column keys from `?columns=a,b` (repeated or comma-separated); unknown keys are an error, not silently dropped. */
export function parseColumns(params: URLSearchParams): { columns: string[]; unknown: string[] } {
  const asked = params
    .getAll("columns")
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  if (asked.length === 0) return { columns: DEFAULT_COLUMNS, unknown: [] };
  const known = new Set(PROJECT_COLUMNS.map((c) => c.key));
  return {
    columns: [...new Set(asked.filter((k) => known.has(k)))],
    unknown: asked.filter((k) => !known.has(k)).map((k) => k.slice(0, 40)),
  };
}

export function exportFilename(kind: string, filters: ProjectFilters, format: ExportFormat) {
  const tag = toCanonicalSearch(filters)
    .replace(/[^a-zA-Z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `integration-atlas-${kind}${tag ? `-${tag}` : ""}.${format}`;
}

export async function projectExport(filters: ProjectFilters, format: ExportFormat, columnKeys: string[]) {
  const stamp = await releaseStamp();
  const headers = {
    ...stamp.headers,
    "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Disposition": `attachment; filename="${exportFilename("projects", filters, format)}"`,
  };
  const rows = projectExportRows(filters);
  if (format === "csv") {
    // Keys were checked against PROJECT_COLUMNS by the route; an unknown one would simply have no column.
    const columns = columnKeys.flatMap((k) => PROJECT_COLUMNS.filter((c) => c.key === k));
    return new Response(csvStream(rows, columns), { headers });
  }
  // No timestamp of the request: the same URL gives the same bytes until the next seed (and HTTP caches can hold it).
  const head = { meta: stamp.meta, query: toCanonicalSearch(filters) };
  return new Response(jsonStream(rows, projectRecordJson, head, "projects"), { headers });
}

/** The whole route: filters as on /projects (invalid ones dropped), plus `columns` for CSV. */
export async function handleProjectExport(query: URLSearchParams, format: ExportFormat): Promise<Response> {
  const params = new URLSearchParams(query);
  const { columns, unknown } = parseColumns(params);
  if (unknown.length)
    return apiError(400, "invalid_parameter", "Unknown export columns; see /data-dictionary.", unknown);
  params.delete("columns");
  return projectExport(parseProjectFilters(params).filters, format, columns);
}
