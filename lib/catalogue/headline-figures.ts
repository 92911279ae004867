// The figures of the home page.
import { db } from "../db/client";

export async function getHeadlineFigures() {
  const [[row], themes] = await Promise.all([
    db().$queryRaw<{ projects: number; countries: number; organisations: number; total_budget: number | null; budgets_stated: number }[]>`
      SELECT (SELECT count(*)::int FROM project) AS projects,
             (SELECT count(DISTINCT country_code)::int FROM project_country) AS countries,
             (SELECT count(*)::int FROM organisation) AS organisations,
             (SELECT sum(total_budget)::float8 FROM project) AS total_budget,
             (SELECT count(total_budget)::int FROM project) AS budgets_stated`,
    db().theme.findMany({ select: { slug: true, name: true, _count: { select: { projects: true } } }, orderBy: { position: "asc" } }),
  ]);
  return { ...row, themes };
}
