// The figures of the home page.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";

const totalsRow = z.object({
  projects: z.number(),
  countries: z.number(),
  organisations: z.number(),
  total_budget: z.number().nullable(),
  budgets_stated: z.number(),
});
const themeRow = z.object({ slug: z.string(), name: z.string(), projects: z.number() });

export async function getHeadlineFigures() {
  const [[row], themes] = await Promise.all([
    queryRows(
      totalsRow,
      Prisma.sql`SELECT projects, countries, organisations, total_budget, budgets_stated FROM catalogue_totals`,
    ),
    queryRows(
      themeRow,
      Prisma.sql`
        SELECT t.slug, t.name, coalesce(b.count, 0) AS projects FROM theme t
        LEFT JOIN facet_baseline b ON b.facet = 'theme' AND b.value = t.slug ORDER BY t.position`,
    ),
  ]);
  if (!row) throw new Error("catalogue_totals is empty: the database was migrated but never seeded");
  return { ...row, themes };
}
