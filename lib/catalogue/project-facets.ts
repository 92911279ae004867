// Facet counts for /projects: for each facet, the number of projects each option would give with the other
// filters applied (the facet's own selection left out), in one query per facet.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { countryName } from "../format/countries";
import { STATUSES, type ProjectFilters } from "../filters/project-filters";
import { STATUS_LABELS } from "../format/status";
import { expandProgrammes, type ProgrammeNode } from "./programme-tree";
import { amountColumn, isUnfiltered, projectConditions, STATUS_SQL, type FacetName } from "./project-where";

export type FacetOption = { value: string; label: string; count: number; selected: boolean; depth?: number };
export type Facet = { name: FacetName; options: FacetOption[] };

/** Budget bands for the histogram, in whole euros; the last band is open-ended. */
export const BUDGET_BANDS = [0, 100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000] as const;
export type BudgetBand = { from: number; to: number | null; count: number };

type Counts = { key: string | null; count: number }[];

async function countBy(sqlKey: Prisma.Sql, join: Prisma.Sql, where: Prisma.Sql): Promise<Counts> {
  return db().$queryRaw<Counts>`
    SELECT ${sqlKey} AS key, count(DISTINCT p.id)::int AS count FROM project p ${join} WHERE ${where} GROUP BY 1`;
}

/** Whole-catalogue counts of one facet from the facet_baseline view (refreshed by each seed). */
async function baseline(facet: string): Promise<Counts> {
  return db().$queryRaw<Counts>`SELECT nullif(value, '') AS key, count FROM facet_baseline WHERE facet = ${facet}`;
}

export async function projectFacets(filters: ProjectFilters, tree: ProgrammeNode[]) {
  const programmeIds = expandProgrammes(tree, filters.programme);
  const where = (omit: FacetName) => projectConditions(filters, programmeIds, omit);
  const countryJoin =
    filters.role === "lead"
      ? Prisma.sql`JOIN participation x ON x.project_id = p.id AND x.role IN ('lead', 'coordinator', 'promoter')`
      : Prisma.sql`JOIN project_country x ON x.project_id = p.id`;
  const bandEdges = BUDGET_BANDS.slice(1);
  // A facet whose other filters are all empty reads the precomputed whole-catalogue counts.
  const live = (facet: FacetName, query: () => Promise<Counts>, baselineName: string) =>
    isUnfiltered(filters, facet) ? baseline(baselineName) : query();
  const [countries, programmes, themes, groups, statuses, bands, themeList, groupList] = await Promise.all([
    live("country", () => countBy(Prisma.sql`x.country_code`, countryJoin, where("country")), filters.role === "lead" ? "country-lead" : "country"),
    live("programme", () => countBy(Prisma.sql`p.programme_id::text`, Prisma.empty, where("programme")), "programme"),
    live("theme", () => countBy(Prisma.sql`t.slug`, Prisma.sql`JOIN project_theme pt ON pt.project_id = p.id JOIN theme t ON t.id = pt.theme_id`, where("theme")), "theme"),
    live("group", () => countBy(Prisma.sql`g.slug`, Prisma.sql`JOIN project_target_group pg ON pg.project_id = p.id JOIN target_group g ON g.id = pg.target_group_id`, where("group")), "group"),
    // Status depends on today's date, so it is always counted live (an index-only scan of the dates).
    countBy(STATUS_SQL, Prisma.empty, where("status")),
    live(
      "budget",
      () => countBy(
        Prisma.sql`CASE WHEN ${amountColumn(filters)} IS NULL THEN 'none' ELSE width_bucket(${amountColumn(filters)}, ARRAY[${Prisma.join(bandEdges)}]::int[])::text END`,
        Prisma.empty,
        where("budget"),
      ),
      filters.amount === "grant" ? "budget-grant" : "budget-total",
    ),
    db().theme.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
    db().targetGroup.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
  ]);
  const toMap = (rows: { key: string | null; count: number }[]) => new Map(rows.map((r) => [r.key ?? "", r.count]));

  const countryCounts = toMap(countries);
  const allCountries = await db().$queryRaw<{ code: string }[]>`SELECT value AS code FROM facet_baseline WHERE facet = 'country'`;
  const countryOptions = [...new Set([...allCountries.map((c) => c.code), ...filters.country])]
    .map((code) => ({ value: code, label: countryName(code), count: countryCounts.get(code) ?? 0, selected: filters.country.includes(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));

  // A project has one programme, so a node's count is its own plus its descendants', without double counting.
  const direct = toMap(programmes);
  const childrenOf = new Map<number | null, ProgrammeNode[]>();
  for (const p of tree) childrenOf.set(p.parentId, [...(childrenOf.get(p.parentId) ?? []), p]);
  const subtotal = (p: ProgrammeNode): number =>
    (direct.get(String(p.id)) ?? 0) + (childrenOf.get(p.id) ?? []).reduce((s, c) => s + subtotal(c), 0);
  const programmeOptions: FacetOption[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const p of childrenOf.get(parent) ?? []) {
      programmeOptions.push({ value: p.slug, label: p.shortName ?? p.name, count: subtotal(p), selected: filters.programme.includes(p.slug), depth });
      walk(p.id, depth + 1);
    }
  };
  walk(null, 0);

  const themeCounts = toMap(themes);
  const groupCounts = toMap(groups);
  const statusCounts = toMap(statuses);
  const bandCounts = toMap(bands);
  const histogram: BudgetBand[] = BUDGET_BANDS.map((from, i) => ({
    from,
    to: BUDGET_BANDS[i + 1] ?? null,
    count: bandCounts.get(String(i)) ?? 0,
  }));

  const facets: Facet[] = [
    { name: "country", options: countryOptions },
    { name: "programme", options: programmeOptions },
    { name: "theme", options: themeList.map((t) => ({ value: t.slug, label: t.name, count: themeCounts.get(t.slug) ?? 0, selected: filters.theme.includes(t.slug) })) },
    { name: "group", options: groupList.map((t) => ({ value: t.slug, label: t.name, count: groupCounts.get(t.slug) ?? 0, selected: filters.group.includes(t.slug) })) },
    { name: "status", options: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s], count: statusCounts.get(s) ?? 0, selected: filters.status.includes(s) })) },
  ];
  return { facets, histogram, budgetNotStated: bandCounts.get("none") ?? 0 };
}

export type ProjectFacets = Awaited<ReturnType<typeof projectFacets>>;
