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
import { formatCount, formatEurosCompact } from "../format/money";
import { getHeadlineFigures } from "../catalogue/headline-figures";
import type { PreviewCard, PreviewFigure } from "./preview-image";

function budget(label: string, amount: number | null | undefined): PreviewFigure | null {
  return amount ? { label, value: formatEurosCompact(amount) } : null;
}

/** Pages that are not one record: what their preview says. Keys are the `id` of /og/page/<id>. */
const PAGES: Record<string, { kicker: string; title: string; line: string }> = {
  home: { kicker: "EU-funded integration projects", title: "Integration Atlas", line: "" },
  countries: {
    kicker: "Browse",
    title: "Projects by country",
    line: "Where the projects work and where they are led from",
  },
  programmes: { kicker: "Browse", title: "Programmes and funds", line: "The funds behind the catalogued projects" },
  organisations: {
    kicker: "Browse",
    title: "Organisations",
    line: "Every organisation taking part, with its projects and roles",
  },
  about: {
    kicker: "About the data",
    title: "Source documents and data-quality notes",
    line: "Every fact traced to a named document",
  },
  "data-dictionary": {
    kicker: "Open data",
    title: "Data dictionary",
    line: "Every column of the CSV and JSON exports",
  },
  api: { kicker: "Open data", title: "JSON API", line: "Read-only, documented as OpenAPI 3.1" },
  releases: { kicker: "Open data", title: "Data releases", line: "Every version of the data and what changed" },
  accessibility: {
    kicker: "Integration Atlas",
    title: "Accessibility statement",
    line: "WCAG 2.2 AA: what was tested, how, and what is known",
  },
};

export const PAGE_CARD_IDS = Object.keys(PAGES);

async function pageCard(id: string): Promise<PreviewCard | null> {
  const page = PAGES[id];
  if (!page) return null;
  const figures = await getHeadlineFigures();
  const counts = `${formatCount(figures.projects)} projects · ${formatCount(figures.countries)} countries · ${formatCount(figures.organisations)} organisations`;
  if (id === "home")
    return {
      kicker: page.kicker,
      title: "Projects that help migrants, refugees and minorities integrate",
      lines: [counts],
      figure: budget("Total budget stated", figures.total_budget),
    };
  return { kicker: page.kicker, title: page.title, lines: [page.line, counts] };
}

export async function entityCard(kind: string, id: string): Promise<PreviewCard | null> {
  if (kind === "page") return pageCard(id);
  if (kind === "country") {
    const code = countryParam(id);
    const data = code ? await getCountry(code) : null;
    const summary = data && (await listCountries()).find((c) => c.code === data.country.code);
    if (!data || !summary) return null;
    return {
      kicker: "Country",
      title: data.country.name,
      lines: [
        `${summary.projects} projects · led from here: ${summary.lead}`,
        `${data.organisationCount} organisations`,
      ],
      figure: budget("Total budget of these projects", summary.totalBudget),
    };
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
      lines: [
        p.countries
          .map((c) => countryName(c.country.code))
          .sort((a, b) => a.localeCompare(b, "en"))
          .join(", ") || "Countries not stated",
      ],
      figure: budget("Total budget", p.totalBudget),
    };
  }
  if (kind === "programme") {
    const row = (await listProgrammes()).programmes.find((p) => p.slug === slug);
    return row
      ? {
          kicker: "Programme or fund",
          title: row.name,
          lines: [`${row.projects} catalogued projects`],
          figure: budget("Total budget of these projects", row.totalBudget),
        }
      : null;
  }
  if (kind === "organisation") {
    const data = await getOrganisation(slug);
    if (!data) return null;
    const o = data.organisation;
    return {
      kicker: "Organisation",
      title: o.name,
      lines: [
        o.countryCode ? countryName(o.countryCode) : "Country not stated",
        `${o._count.participations} projects · ${data.collaboratorCount} partner organisations`,
      ],
    };
  }
  return null;
}

/** "12 projects · Greece", total budget € 4.3 M */
export async function projectsViewCard(filters: ProjectFilters): Promise<PreviewCard> {
  const totals = await projectTotals(filters);
  const description = describeFilters(filters);
  return {
    kicker: "Projects",
    title: [`${totals.count} ${totals.count === 1 ? "project" : "projects"}`, ...description.short].join(" · "),
    lines: description.long ? [description.long] : [],
    figure: budget("Total budget stated", totals.totalBudget),
  };
}
