// The API's reads: the same catalogue functions as the pages, shaped as lib/api/schemas.ts.
import { listCountries } from "../catalogue/countries";
import { getProject } from "../catalogue/get-project";
import { listOrganisations, type OrganisationListFilters } from "../catalogue/organisations";
import { projectFacets } from "../catalogue/project-facets";
import { filterBits } from "../catalogue/project-bits";
import { expandProgrammes, getProgrammeTree } from "../catalogue/programme-tree";
import { listProgrammes } from "../catalogue/programmes";
import { searchProjects } from "../catalogue/search-projects";
import { withResolvedSearch } from "../catalogue/search-resolve";
import { getRelease, latestRelease, listReleases, type ReleaseSummary } from "../catalogue/releases";
import { absoluteUrl } from "../config";
import { releaseFieldLabel } from "../format/release-fields";
import { termLabels, translatedSummaries, projectText, type TermLabels } from "../catalogue/translations";
import type { Locale } from "../i18n/locales";
import { LICENCE } from "../seo/licence";
import { PAGE_SIZE, toCanonicalSearch, type ProjectFilters } from "../filters/project-filters";
import { projectDetailJson, projectSummaryJson } from "./to-json";
import type { ProjectSummaryJson } from "./schemas";

/** The `meta` of every response: the licence and the latest data release (null before the first seed). */
export async function apiMeta() {
  const release = await latestRelease();
  return {
    licence: { name: LICENCE.name, url: LICENCE.url },
    release: release && {
      id: release.id,
      date: release.releasedAt.toISOString(),
      url: absoluteUrl(`/api/v1/releases/${release.id}`),
    },
  };
}

export async function projectListJson(filters: ProjectFilters) {
  const tree = await getProgrammeTree();
  // Whole words first, as on /projects (lib/catalogue/search-resolve.ts); `filters` (as typed) build the links.
  const resolved = await withResolvedSearch(filters);
  const bits = await filterBits(resolved, expandProgrammes(tree, filters.programme));
  const [search, facets] = await Promise.all([searchProjects(resolved, bits), projectFacets(resolved, tree, bits)]);
  const query = toCanonicalSearch({ ...filters, page: search.page });
  const at = (page: number) => absoluteUrl(`/api/v1/projects${toCanonicalSearch({ ...filters, page })}`);
  // `lang` other than English: summaries and the names of programmes, themes and target groups in that language
  // where translated (the shape stays the same; English is untouched).
  const labels = filters.lang === "en" ? null : await termLabels(filters.lang);
  const summaries = await translatedSummaries(
    search.items.map((p) => p.id),
    filters.lang,
  );
  return {
    meta: await apiMeta(),
    query,
    total: search.total,
    page: search.page,
    pageSize: PAGE_SIZE,
    pageCount: search.pageCount,
    items: search.items.map((p) =>
      labels ? translatedSummaryJson(projectSummaryJson(p), summaries.get(p.id), labels) : projectSummaryJson(p),
    ),
    facets: facets.facets.map((f) => ({
      name: f.name,
      options: f.options.map(({ value, label, count, selected }) => ({
        value,
        label: (labels && facetLabel(labels, f.name, value)) ?? label,
        count,
        selected,
      })),
    })),
    links: {
      self: at(search.page),
      next: search.page < search.pageCount ? at(search.page + 1) : null,
      prev: search.page > 1 ? at(search.page - 1) : null,
      csv: absoluteUrl(`/projects.csv${toCanonicalSearch({ ...filters, page: 1 })}`),
      html: absoluteUrl(`/projects${query}`),
    },
  };
}

/** A summary's translated parts: its summary (when translated) and its programme's name. */
function translatedSummaryJson<T extends ProjectSummaryJson>(
  json: T,
  summary: string | undefined,
  labels: TermLabels,
): T {
  return {
    ...json,
    summary: summary ?? json.summary,
    programme: json.programme && {
      ...json.programme,
      name: labels.programme.get(json.programme.slug)?.name ?? json.programme.name,
    },
  };
}

/** The translated label of a facet option whose value is a programme, theme or target-group slug. */
function facetLabel(labels: TermLabels, facet: string, value: string): string | undefined {
  const kind = { programme: labels.programme, theme: labels.theme, group: labels.targetGroup }[facet];
  return kind?.get(value)?.name;
}

/** `lang`: the language of the project's own text (summary, description, objectives, results) and programme name. */
export async function projectDetailJsonBySlug(slug: string, lang: Locale = "en") {
  const data = await getProject(slug);
  if (!data) return null;
  const json = projectDetailJson(data);
  if (lang === "en") return { ...json, meta: await apiMeta() };
  const [text, labels] = await Promise.all([projectText(data.project, lang), termLabels(lang)]);
  return {
    ...translatedSummaryJson(json, text.summary, labels),
    description: text.description,
    objectives: text.objectives,
    results: text.results,
    meta: await apiMeta(),
  };
}

export async function countriesJson() {
  return {
    meta: await apiMeta(),
    items: (await listCountries()).map((c) => ({ ...c, url: absoluteUrl(`/countries/${c.code.toLowerCase()}`) })),
  };
}

export async function programmesJson() {
  const { programmes } = await listProgrammes();
  const slugById = new Map(programmes.map((p) => [p.id, p.slug]));
  return {
    meta: await apiMeta(),
    items: programmes.map((p) => ({
      slug: p.slug,
      name: p.name,
      shortName: p.shortName,
      kind: p.kind,
      funder: p.funder,
      parent: p.parentId === null ? null : (slugById.get(p.parentId) ?? null),
      projects: p.projects,
      totalBudget: p.totalBudget,
      grant: p.grant,
      url: absoluteUrl(`/programmes/${p.slug}`),
    })),
  };
}

export async function organisationsJson(filters: OrganisationListFilters) {
  const list = await listOrganisations(filters);
  return {
    meta: await apiMeta(),
    total: list.total,
    page: list.page,
    pageCount: list.pageCount,
    items: list.items.map((o) => ({
      slug: o.slug,
      name: o.name,
      country: o.countryCode,
      projects: o._count.participations,
      url: absoluteUrl(`/organisations/${o.slug}`),
    })),
  };
}

function releaseJson(r: ReleaseSummary) {
  const { releasedAt, ...rest } = r;
  return {
    ...rest,
    date: releasedAt.toISOString(),
    url: absoluteUrl(`/api/v1/releases/${r.id}`),
    html: absoluteUrl(`/releases/${r.id}`),
  };
}

export async function releasesJson() {
  return { meta: await apiMeta(), items: (await listReleases()).map(releaseJson) };
}

export async function releaseJsonById(id: number) {
  const data = await getRelease(id);
  if (!data) return null;
  return {
    ...releaseJson(data.release),
    meta: await apiMeta(),
    changes: data.changes.map((c) => ({
      project: c.projectSlug,
      name: c.projectName,
      kind: c.kind,
      field: c.field,
      label: c.field === null ? null : releaseFieldLabel(c.field),
      before: c.before,
      after: c.after,
    })),
  };
}
