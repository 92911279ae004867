// Programmes and funds: the hierarchy with project counts and budget totals (each including descendants).
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import { cache } from "react";
import { db } from "../db/client";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { expandProgrammes, getProgrammeTree, programmePath } from "./programme-tree";
import { termLabels, type TermLabels } from "./translations";

/** A programme's name (and description, where it has one) in the language of `labels`; short names stay. */
function inLanguage<T extends { slug: string; name: string; description?: string }>(p: T, labels: TermLabels): T {
  const label = labels.programme.get(p.slug);
  if (!label?.translated) return p;
  return { ...p, name: label.name, ...(p.description !== undefined ? { description: label.definition } : {}) };
}

const programmeStatsRow = z.object({
  programme_id: z.number().nullable(),
  projects: z.number(),
  total_budget: z.number(),
  grant_amount: z.number(),
});

/** `locale`: the language of names and descriptions (translated where the editors translated them). */
export async function listProgrammes(locale: Locale = DEFAULT_LOCALE) {
  const [tree, sums, labels] = await Promise.all([
    getProgrammeTree(),
    queryRows(
      programmeStatsRow,
      Prisma.sql`SELECT programme_id, projects, total_budget, grant_amount FROM programme_stats`,
    ),
    termLabels(locale),
  ]);
  const rows = tree.map((node) => {
    const p = inLanguage(node, labels);
    const ids = new Set(expandProgrammes(tree, [p.slug]));
    const own = sums.filter((s) => s.programme_id !== null && ids.has(s.programme_id));
    return {
      ...p,
      depth: programmePath(tree, p.id).length - 1,
      projects: own.reduce((n, s) => n + s.projects, 0),
      totalBudget: own.reduce((n, s) => n + s.total_budget, 0),
      grant: own.reduce((n, s) => n + s.grant_amount, 0),
    };
  });
  const unassigned = sums.find((s) => s.programme_id === null)?.projects ?? 0;
  // Depth-first order so that children follow their parent.
  const ordered: typeof rows = [];
  const visit = (parent: number | null) =>
    rows.filter((r) => r.parentId === parent).forEach((r) => (ordered.push(r), visit(r.id)));
  visit(null);
  return { programmes: ordered, unassigned };
}

/** Cached per request (React cache): a page's metadata and its body share one query. */
export const getProgramme = cache(async (slug: string, locale: Locale = DEFAULT_LOCALE) => {
  const programme = await db().programme.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, shortName: true, kind: true, funder: true, description: true },
  });
  if (!programme) return null;
  const [tree, labels] = await Promise.all([getProgrammeTree(), termLabels(locale)]);
  const children = tree.filter((p) => p.parentId === programme.id).map((p) => inLanguage(p, labels));
  const dataset = await db().datasetRow.findMany({
    where: { programme: { slug } },
    select: { values: true, dataset: { select: { title: true, periods: true, unit: true, slug: true } } },
  });
  return {
    programme: inLanguage(programme, labels),
    path: programmePath(tree, programme.id).map((p) => inLanguage(p, labels)),
    children,
    datasetRows: dataset,
  };
});

export type ProgrammePageData = NonNullable<Awaited<ReturnType<typeof getProgramme>>>;
