// Programmes and funds: the hierarchy with project counts and budget totals (each including descendants).
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import { cache } from "react";
import { db } from "../db/client";
import { expandProgrammes, getProgrammeTree, programmePath } from "./programme-tree";

const programmeStatsRow = z.object({
  programme_id: z.number().nullable(),
  projects: z.number(),
  total_budget: z.number(),
  grant_amount: z.number(),
});

export async function listProgrammes() {
  const [tree, sums] = await Promise.all([
    getProgrammeTree(),
    queryRows(
      programmeStatsRow,
      Prisma.sql`SELECT programme_id, projects, total_budget, grant_amount FROM programme_stats`,
    ),
  ]);
  const rows = tree.map((p) => {
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
export const getProgramme = cache(async (slug: string) => {
  const programme = await db().programme.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, shortName: true, kind: true, funder: true, description: true },
  });
  if (!programme) return null;
  const tree = await getProgrammeTree();
  const children = tree.filter((p) => p.parentId === programme.id);
  const dataset = await db().datasetRow.findMany({
    where: { programme: { slug } },
    select: { values: true, dataset: { select: { title: true, periods: true, unit: true, slug: true } } },
  });
  return { programme, path: programmePath(tree, programme.id), children, datasetRows: dataset };
});

export type ProgrammePageData = NonNullable<Awaited<ReturnType<typeof getProgramme>>>;
