// What each page type's preview image says: name, programme, countries and budget.
import { countryParam, getCountry, listCountries } from "../catalogue/countries";
import { getOrganisation } from "../catalogue/organisations";
import { getProject } from "../catalogue/get-project";
import { listProgrammes } from "../catalogue/programmes";
import { projectTotals } from "../catalogue/search-projects";
import { describeFilters } from "../filters/describe-filters";
import type { ProjectFilters } from "../filters/project-filters";
import { parseSlug } from "../filters/slug";
import { countryName } from "../format/countries";
import { formatEurosCompact } from "../format/money";
import type { PreviewCard } from "./preview-image";

export async function entityCard(kind: string, id: string): Promise<PreviewCard | null> {
  if (kind === "country") {
    const code = countryParam(id);
    const data = code ? await getCountry(code) : null;
    const summary = data && (await listCountries()).find((c) => c.code === data.country.code);
    if (!data || !summary) return null;
    return { kicker: "Country", title: data.country.name, lines: [`${summary.projects} projects · led from here: ${summary.lead}`, `${data.organisationCount} organisations`], figure: summary.totalBudget ? formatEurosCompact(summary.totalBudget) : null };
  }
  const slug = parseSlug(id);
  if (!slug) return null;
  if (kind === "project") {
    const data = await getProject(slug);
    if (!data) return null;
    const p = data.project;
    return {
      kicker: data.programmes.map((x) => x.shortName ?? x.name).join(" › ") || "Programme not stated",
      title: p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title,
      lines: [p.countries.map((c) => countryName(c.country.code)).sort((a, b) => a.localeCompare(b, "en")).join(", ") || "Countries not stated"],
      figure: p.totalBudget !== null ? formatEurosCompact(p.totalBudget) : null,
    };
  }
  if (kind === "programme") {
    const row = (await listProgrammes()).programmes.find((p) => p.slug === slug);
    return row ? { kicker: "Programme or fund", title: row.name, lines: [`${row.projects} catalogued projects`], figure: row.totalBudget ? formatEurosCompact(row.totalBudget) : null } : null;
  }
  if (kind === "organisation") {
    const data = await getOrganisation(slug);
    if (!data) return null;
    const o = data.organisation;
    return { kicker: "Organisation", title: o.name, lines: [o.countryCode ? countryName(o.countryCode) : "Country not stated", `${o._count.participations} projects · ${data.collaboratorCount} partner organisations`] };
  }
  return null;
}

/** "12 projects · Greece · € 4.3 M" */
export async function projectsViewCard(filters: ProjectFilters): Promise<PreviewCard> {
  const totals = await projectTotals(filters);
  const description = describeFilters(filters);
  return {
    kicker: "Projects",
    title: [`${totals.count} ${totals.count === 1 ? "project" : "projects"}`, ...description.short, totals.totalBudget ? formatEurosCompact(totals.totalBudget) : null].filter(Boolean).join(" · "),
    lines: description.long ? [description.long] : [],
  };
}
