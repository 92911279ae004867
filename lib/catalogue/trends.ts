// Projects and budget per start year for any set of filters (the /projects filters, a country, a programme), with
// the projects whose start is not stated counted apart. The matching projects come from the bitmap index, as for the
// list itself, and the figures per year are bit counts over start_year_bitmap: the budget as Σ 2^digit · bit_count
// of its binary digits. A pass over the matching projects (plain conditions, or their bits) cost 40–240 ms per cold
// render at 100,000 projects; this costs a few.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import type { ProjectFilters } from "../filters/project-filters";
import { filterBits, matchBits } from "./project-bits";
import { expandProgrammes, getProgrammeTree } from "./programme-tree";

const startYearRow = z.object({
  year: z.number().nullable(),
  projects: z.number(),
  total_budget: z.number().nullable(),
  budgets_stated: z.number(),
});

export type StartYear = { year: number; projects: number; totalBudget: number; budgetsStated: number };
export type StartYearTrend = {
  years: StartYear[];
  notStated: { projects: number; totalBudget: number; budgetsStated: number };
};

/** Every year from the first to the last start is listed (years without a start have 0), so gaps show. */
export async function projectsByStartYear(filters: ProjectFilters): Promise<StartYearTrend> {
  const tree = await getProgrammeTree();
  const bits = await filterBits(filters, expandProgrammes(tree, filters.programme));
  const rows = await queryRows(
    startYearRow,
    Prisma.sql`
    WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m),
    y AS MATERIALIZED (
      SELECT CASE WHEN b.kind = 'year' THEN b.value END AS year, b.bits & x.m AS bits
      FROM public.start_year_bitmap b, x WHERE b.kind IN ('year', 'no-start')
    ),
    -- (|| B'': read, and decompressed, once rather than once per year.)
    d AS MATERIALIZED (SELECT value AS digit, bits || B'' AS bits FROM public.start_year_bitmap WHERE kind = 'budget-digit'),
    stated AS MATERIALIZED (SELECT bits FROM public.start_year_bitmap WHERE kind = 'budget-stated')
    SELECT y.year, bit_count(y.bits)::int AS projects,
      (SELECT sum(bit_count(y.bits & d.bits) * (1::bigint << d.digit)) FROM d)::float8 AS total_budget,
      bit_count(y.bits & (SELECT bits FROM stated))::int AS budgets_stated
    FROM y WHERE bit_count(y.bits) > 0
    ORDER BY 1 NULLS LAST`,
  );
  const known = rows.filter((r): r is typeof r & { year: number } => r.year !== null);
  const missing = rows.find((r) => r.year === null);
  const years: StartYear[] = [];
  if (known.length) {
    for (let y = known[0].year; y <= known[known.length - 1].year; y++) {
      const r = known.find((k) => k.year === y);
      years.push({
        year: y,
        projects: r?.projects ?? 0,
        totalBudget: r?.total_budget ?? 0,
        budgetsStated: r?.budgets_stated ?? 0,
      });
    }
  }
  return {
    years,
    notStated: {
      projects: missing?.projects ?? 0,
      totalBudget: missing?.total_budget ?? 0,
      budgetsStated: missing?.budgets_stated ?? 0,
    },
  };
}
