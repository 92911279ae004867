// Exports of the organisation list (/organisations.csv|json) and of participations (/participations.csv|json).
import { organisationExportRows, projectExportRows, type OrganisationExportRow } from "../catalogue/export-rows";
import { absoluteUrl } from "../config";
import { parseOrganisationFilters } from "../filters/organisation-filters";
import { parseProjectFilters, toCanonicalSearch } from "../filters/project-filters";
import { csvStream, jsonStream, type ExportColumn } from "./export-stream";
import type { ExportFormat } from "./project-export";
import type { ProjectExportRow } from "./project-columns";
import { releaseStamp } from "./release-stamp";

type OrganisationRow = OrganisationExportRow;

export const ORGANISATION_COLUMNS: ExportColumn<OrganisationRow>[] = [
  { key: "slug", header: "slug", value: (o) => o.slug },
  { key: "name", header: "name", value: (o) => o.name },
  { key: "short_name", header: "short_name", value: (o) => o.shortName },
  { key: "country", header: "country", value: (o) => o.countryCode },
  { key: "aliases", header: "aliases", value: (o) => o.aliases.join("; ") },
  { key: "projects", header: "projects", value: (o) => o.projects },
  { key: "projects_as_lead", header: "projects_as_lead", value: (o) => o.asLead },
  { key: "url", header: "url", value: (o) => absoluteUrl(`/organisations/${o.slug}`) },
];

type ParticipationRow = { project: ProjectExportRow; index: number };
export const PARTICIPATION_COLUMNS: ExportColumn<ParticipationRow>[] = [
  { key: "project_slug", header: "project_slug", value: (r) => r.project.slug },
  { key: "project", header: "project", value: (r) => r.project.acronym ?? r.project.title },
  {
    key: "organisation_slug",
    header: "organisation_slug",
    value: (r) => r.project.participations[r.index].organisation.slug,
  },
  { key: "organisation", header: "organisation", value: (r) => r.project.participations[r.index].organisation.name },
  { key: "name_as_stated", header: "name_as_stated", value: (r) => r.project.participations[r.index].nameAsStated },
  { key: "role", header: "role", value: (r) => r.project.participations[r.index].role },
  { key: "country", header: "country", value: (r) => r.project.participations[r.index].countryCode },
  { key: "position", header: "position", value: (r) => r.index + 1 },
];

function organisationRows(params: URLSearchParams): AsyncGenerator<OrganisationRow> {
  return organisationExportRows(parseOrganisationFilters(params).filters);
}

async function* participationRows(params: URLSearchParams): AsyncGenerator<ParticipationRow> {
  for await (const project of projectExportRows(parseProjectFilters(params).filters)) {
    for (let index = 0; index < project.participations.length; index++) yield { project, index };
  }
}

async function respond<T>(
  kind: string,
  format: ExportFormat,
  rows: AsyncIterable<T>,
  columns: ExportColumn<T>[],
  query: string,
) {
  const stamp = await releaseStamp();
  const headers = {
    ...stamp.headers,
    "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Disposition": `attachment; filename="integration-atlas-${kind}.${format}"`,
  };
  const stream =
    format === "csv"
      ? csvStream(rows, columns)
      : jsonStream(
          rows,
          (row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)])),
          { meta: stamp.meta, query },
          kind,
        );
  return new Response(stream, { headers });
}

export function handleOrganisationExport(params: URLSearchParams, format: ExportFormat) {
  const search = params.size ? `?${params}` : "";
  return respond("organisations", format, organisationRows(params), ORGANISATION_COLUMNS, search);
}

export function handleParticipationExport(params: URLSearchParams, format: ExportFormat) {
  const { filters } = parseProjectFilters(params);
  return respond(
    "participations",
    format,
    participationRows(params),
    PARTICIPATION_COLUMNS,
    toCanonicalSearch(filters),
  );
}
