// Reported result figures summed over the projects matching the current filters, per unit.
import { db } from "../db/client";
import type { ProjectFilters } from "../filters/project-filters";
import { expandProgrammes, type ProgrammeNode } from "./programme-tree";
import { Prisma } from "../db/generated/client";
import { filterBits, hasBit, matchBits, type FilterBits } from "./project-bits";
import { isUnfiltered } from "./project-where";

export type ResultTotals = {
  units: { unit: string; total: number; projects: number }[];
  projectsWithFigures: number;
  projectsWithout: number;
};

/** Achieved figures only (planned ones are not added up); the units reported by most projects first. */
export async function resultTotals(filters: ProjectFilters, tree: ProgrammeNode[], limit = 6, given?: FilterBits): Promise<ResultTotals> {
  if (isUnfiltered(filters)) {
    const [units, [row]] = await Promise.all([
      db().$queryRaw<ResultTotals["units"]>`SELECT unit, total, projects FROM result_baseline ORDER BY projects DESC, total DESC, unit LIMIT ${limit}`,
      db().$queryRaw<{ with_figures: number; total: number }[]>`
        SELECT (SELECT count FROM facet_baseline WHERE facet = 'results') AS with_figures, (SELECT count FROM facet_baseline WHERE facet = 'total') AS total`,
    ]);
    return { units, projectsWithFigures: row.with_figures ?? 0, projectsWithout: row.total - (row.with_figures ?? 0) };
  }
  const bits = given ?? (await filterBits(filters, expandProgrammes(tree, filters.programme)));
  const [units, [coverage]] = await Promise.all([
    // Whole-number figures are summed from their binary digits (result_bitmap); others (result_odd_figure) one by one.
    db().$queryRaw<{ unit: string; total: number; projects: number }[]>`
      WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m),
      s AS (SELECT b.unit, b.slice, bit_count(b.bits & x.m) AS n FROM result_bitmap b, x),
      u AS (
        SELECT s.unit, max(s.n) FILTER (WHERE s.slice = -1) AS projects,
               coalesce(sum(s.n::numeric * 2::numeric ^ s.slice) FILTER (WHERE s.slice >= 0), 0) AS whole
        FROM s GROUP BY s.unit
      ),
      odd AS (
        SELECT r.unit, sum(r.figure) AS figure FROM result_odd_figure r WHERE ${hasBit(Prisma.sql`(SELECT m FROM x)`, Prisma.sql`r.project_id`)}
        GROUP BY r.unit
      )
      SELECT u.unit, (u.whole::float8 + coalesce(odd.figure, 0))::float8 AS total, u.projects::int AS projects
      FROM u LEFT JOIN odd ON odd.unit = u.unit WHERE u.projects > 0
      ORDER BY projects DESC, total DESC, u.unit LIMIT ${limit}`,
    db().$queryRaw<{ with_figures: number; all: number }[]>`
      WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m)
      SELECT bit_count(x.m & public.atlas_bits('results', ARRAY['with']))::int AS with_figures, bit_count(x.m)::int AS all FROM x`,
  ]);
  return { units, projectsWithFigures: coverage.with_figures, projectsWithout: coverage.all - coverage.with_figures };
}
