// Reported result figures summed over the projects matching the current filters, per unit.
import { db } from "../db/client";
import type { ProjectFilters } from "../filters/project-filters";
import { expandProgrammes, type ProgrammeNode } from "./programme-tree";
import { isUnfiltered, projectConditions } from "./project-where";

export type ResultTotals = {
  units: { unit: string; total: number; projects: number }[];
  projectsWithFigures: number;
  projectsWithout: number;
};

/** Achieved figures only (planned ones are not added up); the units reported by most projects first. */
export async function resultTotals(filters: ProjectFilters, tree: ProgrammeNode[], limit = 6): Promise<ResultTotals> {
  if (isUnfiltered(filters)) {
    const [units, [row]] = await Promise.all([
      db().$queryRaw<ResultTotals["units"]>`SELECT unit, total, projects FROM result_baseline ORDER BY projects DESC, total DESC, unit LIMIT ${limit}`,
      db().$queryRaw<{ with_figures: number; total: number }[]>`
        SELECT (SELECT count FROM facet_baseline WHERE facet = 'results') AS with_figures, (SELECT count FROM facet_baseline WHERE facet = 'total') AS total`,
    ]);
    return { units, projectsWithFigures: row.with_figures ?? 0, projectsWithout: row.total - (row.with_figures ?? 0) };
  }
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
  const [units, [coverage]] = await Promise.all([
    db().$queryRaw<{ unit: string; total: number; projects: number }[]>`
      SELECT r.unit, sum(r.figure)::float8 AS total, count(DISTINCT r.project_id)::int AS projects
      FROM result r JOIN project p ON p.id = r.project_id
      WHERE ${where} AND r.figure IS NOT NULL AND r.unit IS NOT NULL AND NOT r.expected
      GROUP BY r.unit ORDER BY projects DESC, total DESC, r.unit LIMIT ${limit}`,
    db().$queryRaw<{ with_figures: number; without: number }[]>`
      SELECT count(*) FILTER (WHERE EXISTS (SELECT 1 FROM result r WHERE r.project_id = p.id AND r.figure IS NOT NULL AND NOT r.expected))::int AS with_figures,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM result r WHERE r.project_id = p.id AND r.figure IS NOT NULL AND NOT r.expected))::int AS without
      FROM project p WHERE ${where}`,
  ]);
  return { units, projectsWithFigures: coverage.with_figures, projectsWithout: coverage.without };
}
