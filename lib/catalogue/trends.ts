// Projects and budget per start year for any set of filters (the /projects filters, a country, a programme), with
// the projects whose start is not stated counted apart. Plain SQL conditions, as exports and previews use.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import type { ProjectFilters } from "../filters/project-filters";
import { expandProgrammes, getProgrammeTree } from "./programme-tree";
import { projectConditions } from "./project-where";

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
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
  const rows = await queryRows(
    startYearRow,
    Prisma.sql`
    SELECT extract(year FROM p.start_date)::int AS year, count(*)::int AS projects,
      sum(p.total_budget)::float8 AS total_budget, count(p.total_budget)::int AS budgets_stated
    FROM project p WHERE ${where}
    GROUP BY 1 ORDER BY 1 NULLS LAST`,
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
