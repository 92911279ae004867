// The figures of the home page.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { queryRows } from "./query-rows";
import { termLabels } from "./translations";

const totalsRow = z.object({
  projects: z.number(),
  countries: z.number(),
  organisations: z.number(),
  total_budget: z.number().nullable(),
  budgets_stated: z.number(),
});
const themeRow = z.object({ slug: z.string(), name: z.string(), projects: z.number() });

/** `locale`: the language of the theme names. */
export async function getHeadlineFigures(locale: Locale = DEFAULT_LOCALE) {
  const [[row], themes, labels] = await Promise.all([
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
    termLabels(locale),
  ]);
  if (!row) throw new Error("catalogue_totals is empty: the database was migrated but never seeded");
  return { ...row, themes: themes.map((t) => ({ ...t, name: labels.theme.get(t.slug)?.name ?? t.name })) };
}
