// The /projects result list: filtered, sorted and paginated ids in SQL, then project cards by id.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { PAGE_SIZE, type ProjectFilters, type Sort } from "../filters/project-filters";
import { expandProgrammes, getProgrammeTree, type ProgrammeNode } from "./programme-tree";
import { isUnfiltered, projectConditions, tsqueryOf } from "./project-where";

export const projectCardSelect = {
  id: true,
  slug: true,
  acronym: true,
  title: true,
  summary: true,
  startText: true,
  endText: true,
  startDate: true,
  endDate: true,
  totalBudget: true,
  grantAmount: true,
  programme: { select: { slug: true, name: true, shortName: true, funder: true } },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  themes: { select: { theme: { select: { slug: true, name: true } } } },
} satisfies Prisma.ProjectSelect;

export type ProjectCardRow = Prisma.ProjectGetPayload<{ select: typeof projectCardSelect }>;
export type ProjectCard = ProjectCardRow & { highlight: string | null };

/** Sort orders; every one ends on the slug so that pages never overlap or skip. */
function orderBy(sort: Sort, tsquery: string | null): Prisma.Sql {
  switch (sort) {
    case "relevance":
      return tsquery
        ? Prisma.sql`ts_rank_cd(p.search_vector, (SELECT to_tsquery('atlas', ${tsquery}))) DESC, p.slug`
        : Prisma.sql`p.slug`;
    case "budget-desc":
      return Prisma.sql`p.total_budget DESC NULLS LAST, p.slug`;
    case "budget-asc":
      return Prisma.sql`p.total_budget ASC NULLS LAST, p.slug`;
    case "grant-desc":
      return Prisma.sql`p.grant_amount DESC NULLS LAST, p.slug`;
    case "grant-asc":
      return Prisma.sql`p.grant_amount ASC NULLS LAST, p.slug`;
    case "start-desc":
      return Prisma.sql`p.start_date DESC NULLS LAST, p.slug`;
    case "start-asc":
      return Prisma.sql`p.start_date ASC NULLS LAST, p.slug`;
    case "name":
      return Prisma.sql`p.sort_name, p.slug`;
  }
}

export type ProjectSearch = {
  total: number;
  page: number;
  pageCount: number;
  items: ProjectCard[];
  programmeTree: ProgrammeNode[];
};

/** Ids of every matching project in display order (exports use this without paging). */
export async function matchingProjectIds(filters: ProjectFilters, tree: ProgrammeNode[], limit?: { offset: number; take: number }) {
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
  const tsquery = tsqueryOf(filters);
  const page = limit ? Prisma.sql`LIMIT ${limit.take} OFFSET ${limit.offset}` : Prisma.empty;
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT p.id FROM project p WHERE ${where} ORDER BY ${orderBy(filters.sort, tsquery)} ${page}`;
  return rows.map((r) => r.id);
}

export async function searchProjects(filters: ProjectFilters): Promise<ProjectSearch> {
  const programmeTree = await getProgrammeTree();
  const where = projectConditions(filters, expandProgrammes(programmeTree, filters.programme));
  const [{ count }] = isUnfiltered(filters)
    ? await db().$queryRaw<{ count: number }[]>`SELECT count FROM facet_baseline WHERE facet = 'total'`
    : await db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM project p WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const ids = await matchingProjectIds({ ...filters, page }, programmeTree, { offset: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });
  const rows = await db().project.findMany({ where: { id: { in: ids } }, select: projectCardSelect });
  const highlights = await summaryHighlights(ids, tsqueryOf(filters));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, highlight: highlights.get(id) ?? null }] : [];
  });
  return { total: count, page, pageCount, items, programmeTree };
}

/** Summaries with matched words between \u0001 and \u0002 (split into <mark> by the UI, never parsed as HTML). */
async function summaryHighlights(ids: number[], tsquery: string | null): Promise<Map<number, string>> {
  if (!tsquery || ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: number; headline: string }[]>`
    SELECT p.id, ts_headline('atlas', p.summary, (SELECT to_tsquery('atlas', ${tsquery})),
      'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS headline
    FROM project p WHERE p.id IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [r.id, r.headline]));
}

/** Count and summed total budget of the projects matching `filters` (previews, feeds, summaries). */
export async function projectTotals(filters: ProjectFilters): Promise<{ count: number; totalBudget: number }> {
  const tree = await getProgrammeTree();
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
  const [row] = await db().$queryRaw<{ count: number; total: number | null }[]>`
    SELECT count(*)::int AS count, sum(p.total_budget)::float8 AS total FROM project p WHERE ${where}`;
  return { count: row.count, totalBudget: row.total ?? 0 };
}
