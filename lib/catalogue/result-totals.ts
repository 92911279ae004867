// Reported result figures summed over the projects matching the current filters: like with like only — one sum per
// unit, achieved figures apart from planned ones — each with the number of projects it comes from.
import { z } from "zod";
import { queryRows } from "./query-rows";
import type { ProjectFilters } from "../filters/project-filters";
import { expandProgrammes, type ProgrammeNode } from "./programme-tree";
import { Prisma } from "../db/generated/client";
import { filterBits, hasBit, matchBits, type FilterBits } from "./project-bits";
import { isUnfiltered } from "./project-where";

const resultFigureRow = z.object({ unit: z.string(), total: z.number(), projects: z.number() });
const plannedRow = resultFigureRow.extend({ all_projects: z.number() });
const baselineCoverageRow = z.object({ with_figures: z.number().nullable(), total: z.number() });
const coverageRow = z.object({ with_figures: z.number(), all: z.number() });

export type ResultFigure = z.infer<typeof resultFigureRow>;

export type ResultTotals = {
  /** Achieved figures per unit, the units reported by most projects first. */
  units: ResultFigure[];
  /** Projects with at least one achieved figure, and the matching projects without one. */
  projectsWithFigures: number;
  projectsWithout: number;
  /** Planned figures (targets) per unit, never added to achieved ones. */
  planned: ResultFigure[];
  projectsWithPlanned: number;
};

export async function resultTotals(
  filters: ProjectFilters,
  tree: ProgrammeNode[],
  limit = 6,
  given?: FilterBits,
): Promise<ResultTotals> {
  const bits = isUnfiltered(filters)
    ? {}
    : (given ?? (await filterBits(filters, expandProgrammes(tree, filters.programme))));
  const [achieved, planned] = await Promise.all([achievedTotals(filters, limit, bits), plannedTotals(bits, limit)]);
  return { ...achieved, ...planned };
}

/** Planned figures are few: summed straight from the result table (its partial index of planned rows) over the
 * matching projects' bits. */
async function plannedTotals(
  bits: FilterBits,
  limit: number,
): Promise<Pick<ResultTotals, "planned" | "projectsWithPlanned">> {
  const rows = await queryRows(
    plannedRow,
    Prisma.sql`
    WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m),
    r AS (SELECT r.unit, r.figure, r.project_id FROM result r
          WHERE r.expected AND r.figure IS NOT NULL AND r.unit IS NOT NULL AND ${hasBit(Prisma.sql`(SELECT m FROM x)`, Prisma.sql`r.project_id`)}),
    -- Grouped (hashed) per unit and project first: count(DISTINCT …) would sort every planned row by its unit text.
    per AS (SELECT r.unit, r.project_id, sum(r.figure) AS figure FROM r GROUP BY r.unit, r.project_id)
    SELECT per.unit, sum(per.figure)::float8 AS total, count(*)::int AS projects,
           (SELECT count(*) FROM (SELECT project_id FROM r GROUP BY project_id) p)::int AS all_projects
    FROM per GROUP BY per.unit ORDER BY projects DESC, total DESC, per.unit LIMIT ${limit}`,
  );
  return {
    planned: rows.map(({ unit, total, projects }) => ({ unit, total, projects })),
    projectsWithPlanned: rows[0]?.all_projects ?? 0,
  };
}

/** Achieved figures, from the bitmap index (result_bitmap) or, unfiltered, from the baseline. */
async function achievedTotals(
  filters: ProjectFilters,
  limit: number,
  bits: FilterBits,
): Promise<Pick<ResultTotals, "units" | "projectsWithFigures" | "projectsWithout">> {
  if (isUnfiltered(filters)) {
    const [units, [row]] = await Promise.all([
      queryRows(
        resultFigureRow,
        Prisma.sql`SELECT unit, total, projects FROM result_baseline ORDER BY projects DESC, total DESC, unit LIMIT ${limit}`,
      ),
      queryRows(
        baselineCoverageRow,
        Prisma.sql`
        SELECT (SELECT count FROM facet_baseline WHERE facet = 'results') AS with_figures, (SELECT count FROM facet_baseline WHERE facet = 'total') AS total`,
      ),
    ]);
    const withFigures = row?.with_figures ?? 0;
    return { units, projectsWithFigures: withFigures, projectsWithout: (row?.total ?? 0) - withFigures };
  }
  const [units, [coverage]] = await Promise.all([
    // Whole-number figures are summed from their binary digits (result_bitmap); others (result_odd_figure) one by one.
    queryRows(
      resultFigureRow,
      Prisma.sql`
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
    ),
    queryRows(
      coverageRow,
      Prisma.sql`
      WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m)
      SELECT bit_count(x.m & public.atlas_bits('results', ARRAY['with']))::int AS with_figures, bit_count(x.m)::int AS all FROM x`,
    ),
  ]);
  const withFigures = coverage?.with_figures ?? 0;
  return { units, projectsWithFigures: withFigures, projectsWithout: (coverage?.all ?? 0) - withFigures };
}
