// Maps catalogue view models to the API's JSON shapes (lib/api/schemas.ts).
import type { ProjectPageData } from "../catalogue/get-project";
import type { ProjectCardRow } from "../catalogue/search-projects";
import { absoluteUrl } from "../config";
import type { ProjectExportRow } from "../catalogue/export-rows";
import { cofinancingRate } from "../format/money";
import { projectStatus } from "../format/status";
import type { ProjectRecordJson, ProjectSummaryJson } from "./schemas";

type SummarySource = Pick<
  ProjectCardRow,
  | "slug"
  | "acronym"
  | "title"
  | "summary"
  | "startText"
  | "endText"
  | "startDate"
  | "endDate"
  | "totalBudget"
  | "grantAmount"
> & {
  programme: { slug: string; name: string; funder: "EU" | "EEA" } | null;
  countries: { countryCode: string }[];
  themes: { theme: { slug: string } }[];
};

export function projectSummaryJson(p: SummarySource): ProjectSummaryJson {
  return {
    slug: p.slug,
    acronym: p.acronym,
    title: p.title,
    programme: p.programme ? { slug: p.programme.slug, name: p.programme.name } : null,
    funder: p.programme?.funder ?? null,
    start: p.startText,
    end: p.endText,
    status: projectStatus(p.startDate, p.endDate),
    totalBudget: p.totalBudget,
    grant: p.grantAmount,
    countries: p.countries.map((c) => c.countryCode),
    themes: p.themes.map((t) => t.theme.slug),
    summary: p.summary,
    url: absoluteUrl(`/projects/${p.slug}`),
  };
}

export function projectRecordJson(p: ProjectExportRow): ProjectRecordJson {
  return {
    ...projectSummaryJson(p),
    regions: p.regions.map((r) => ({ name: r.region.name, country: r.region.countryCode })),
    partners: p.participations.map((x) => ({
      organisation: x.organisation.slug,
      name: x.organisation.name,
      nameAsStated: x.nameAsStated,
      role: x.role,
      country: x.countryCode,
    })),
    statedPartnerCount: p.statedPartnerCount,
    targetGroups: p.targetGroups.map((t) => t.targetGroup.slug),
    source: { file: p.sourceDocument.file, title: p.sourceDocument.title, pages: p.sourcePages },
  };
}

export function projectDetailJson({ project: p, related }: ProjectPageData) {
  return {
    ...projectSummaryJson({ ...p, countries: p.countries.map((c) => ({ countryCode: c.country.code })) }),
    regions: p.regions.map((r) => ({ name: r.region.name, country: r.region.countryCode })),
    partners: p.participations.map((x) => ({
      organisation: x.organisation.slug,
      name: x.organisation.name,
      nameAsStated: x.nameAsStated,
      role: x.role,
      country: x.countryCode,
    })),
    statedPartnerCount: p.statedPartnerCount,
    targetGroups: p.targetGroups.map((t) => t.targetGroup.slug),
    source: { file: p.sourceDocument.file, title: p.sourceDocument.title, pages: p.sourcePages },
    description: p.description,
    cofinancingRate: cofinancingRate(p.totalBudget, p.grantAmount),
    objectives: p.objectives.map((o) => o.text),
    results: p.results,
    events: p.events.map((e) => ({
      title: e.title,
      start: e.startText,
      end: e.endText,
      place: e.place,
      country: e.countryCode,
      online: e.online,
      agenda: e.agenda.map((a) => ({ date: a.dateText, time: a.time, title: a.title })),
    })),
    flags: p.flags,
    related: related.map((r) => ({ slug: r.slug, title: r.title, url: absoluteUrl(`/projects/${r.slug}`) })),
  };
}
