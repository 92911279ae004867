// The figures of the home page.
import { db } from "../db/client";

export async function getHeadlineFigures() {
  const [[row], themes] = await Promise.all([
    db().$queryRaw<{ projects: number; countries: number; organisations: number; total_budget: number | null; budgets_stated: number }[]>`
      SELECT projects, countries, organisations, total_budget, budgets_stated FROM catalogue_totals`,
    db().$queryRaw<{ slug: string; name: string; projects: number }[]>`
      SELECT t.slug, t.name, coalesce(b.count, 0) AS projects FROM theme t
      LEFT JOIN facet_baseline b ON b.facet = 'theme' AND b.value = t.slug ORDER BY t.position`,
  ]);
  return { ...row, themes };
}
