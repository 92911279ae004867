// Facet counts for /projects: for each facet, the number of projects each option would give with the other
// filters applied (the facet's own selection left out), all in one query over the bitmap index.
import { Prisma } from "../db/generated/client";
import { z } from "zod";
import { queryRows } from "./query-rows";
import { db } from "../db/client";
import { countryName } from "../format/countries";
import { STATUSES, type ProjectFilters } from "../filters/project-filters";
import { STATUS_LABELS } from "../format/status";
import { BUDGET_BANDS } from "../rules/catalogue-rules";
import { catalogueDay } from "./catalogue-day";
import { expandProgrammes, type ProgrammeNode } from "./programme-tree";
import { bitsCte, filterBits, matchFrom, type FilterBits } from "./project-bits";
import type { FacetName } from "./project-where";

export type FacetOption = { value: string; label: string; count: number; selected: boolean; depth?: number };
export type Facet = { name: FacetName; options: FacetOption[] };

export type BudgetBand = { from: number; to: number | null; count: number };

const countRow = z.object({
  facet: z.enum(["country", "programme", "theme", "group", "status", "budget"] satisfies FacetName[]),
  key: z.string().nullable(),
  count: z.number(),
});
type Counts = z.infer<typeof countRow>[];

/**
 * Every facet's counts in one statement over the bitmap index: for each value, bit_count(value AND the other
 * filters). The unfiltered catalogue is the same query with no filter (each count a bit_count of one value's bits).
 */
async function facetCounts(filters: ProjectFilters, bits: FilterBits): Promise<Counts> {
  const without = (facet: FacetName) => matchFrom(bits, facet);
  const countryFacet = filters.role === "lead" ? "country-lead" : "country";
  const budgetFacet = filters.amount === "grant" ? "budget-grant" : "budget-total";
  return queryRows(
    countRow,
    Prisma.sql`
    WITH ${bitsCte(bits)}, f AS MATERIALIZED (
      SELECT ${without("country")} AS country, ${without("programme")} AS programme, ${without("theme")} AS theme,
             ${without("group")} AS "group", ${without("status")} AS status, ${without("budget")} AS budget FROM fb)
    SELECT 'country' AS facet, b.value AS key, bit_count(b.bits & f.country)::int AS count FROM public.project_bitmap b, f WHERE b.facet = ${countryFacet}
    UNION ALL SELECT 'programme', nullif(b.value, ''), bit_count(b.bits & f.programme)::int FROM public.project_bitmap b, f WHERE b.facet = 'programme'
    UNION ALL SELECT 'theme', b.value, bit_count(b.bits & f.theme)::int FROM public.project_bitmap b, f WHERE b.facet = 'theme'
    UNION ALL SELECT 'group', b.value, bit_count(b.bits & f."group")::int FROM public.project_bitmap b, f WHERE b.facet = 'group'
    UNION ALL SELECT 'budget', b.value, bit_count(b.bits & f.budget)::int FROM public.project_bitmap b, f WHERE b.facet = ${budgetFacet}
    UNION ALL SELECT 'status', s.status, bit_count(s.bits & f.status)::int FROM public.atlas_status_bits(${catalogueDay()}::date) s, f`,
  );
}

/** `bits`: the filters as bits, when the caller has them already (getCatalogueView). */
export async function projectFacets(filters: ProjectFilters, tree: ProgrammeNode[], bits?: FilterBits) {
  const [counts, themeList, groupList, allCountries] = await Promise.all([
    facetCounts(filters, bits ?? (await filterBits(filters, expandProgrammes(tree, filters.programme)))),
    db().theme.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
    db().targetGroup.findMany({ select: { slug: true, name: true }, orderBy: { position: "asc" } }),
    queryRows(
      z.object({ code: z.string() }),
      Prisma.sql`SELECT value AS code FROM facet_baseline WHERE facet = 'country'`,
    ),
  ]);
  const of = (facet: FacetName) => counts.filter((c) => c.facet === facet);
  const [countries, programmes, themes, groups, statuses, bands] = (
    ["country", "programme", "theme", "group", "status", "budget"] as const
  ).map(of);
  const toMap = (rows: { key: string | null; count: number }[]) => new Map(rows.map((r) => [r.key ?? "", r.count]));

  const countryCounts = toMap(countries);
  const countryOptions = [...new Set([...allCountries.map((c) => c.code), ...filters.country])]
    .map((code) => ({
      value: code,
      label: countryName(code),
      count: countryCounts.get(code) ?? 0,
      selected: filters.country.includes(code),
    }))
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
      programmeOptions.push({
        value: p.slug,
        label: p.shortName ?? p.name,
        count: subtotal(p),
        selected: filters.programme.includes(p.slug),
        depth,
      });
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
    {
      name: "theme",
      options: themeList.map((t) => ({
        value: t.slug,
        label: t.name,
        count: themeCounts.get(t.slug) ?? 0,
        selected: filters.theme.includes(t.slug),
      })),
    },
    {
      name: "group",
      options: groupList.map((t) => ({
        value: t.slug,
        label: t.name,
        count: groupCounts.get(t.slug) ?? 0,
        selected: filters.group.includes(t.slug),
      })),
    },
    {
      name: "status",
      options: STATUSES.map((s) => ({
        value: s,
        label: STATUS_LABELS[s],
        count: statusCounts.get(s) ?? 0,
        selected: filters.status.includes(s),
      })),
    },
  ];
  return { facets, histogram, budgetNotStated: bandCounts.get("none") ?? 0 };
}

export type ProjectFacets = Awaited<ReturnType<typeof projectFacets>>;
