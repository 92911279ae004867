// The /projects result list: filtered, sorted and paginated ids in SQL, then project cards by id.
import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { PAGE_SIZE, type ProjectFilters, type Sort } from "../filters/project-filters";
import { expandProgrammes, getProgrammeTree, type ProgrammeNode } from "./programme-tree";
import {
  bitsCte,
  filterBits,
  hasBit,
  matchBits,
  matchFrom,
  relevanceBits,
  type FilterBits,
  type RelevanceBits,
} from "./project-bits";
import { isUnfiltered, projectConditions, tsqueryOf } from "./project-where";
import { queryRows } from "./query-rows";
import { withResolvedSearch } from "./search-resolve";
import { languageConfig, translatedTsquery } from "./search-lang";
import { localiseCards } from "./localise";

const idRow = z.object({ id: z.number() });
const countRow = z.object({ count: z.number() });
const highlightRow = z.object({ id: z.number(), title: z.string(), snippet: z.string(), text: z.string() });
const totalsRow = z.object({ count: z.number(), total: z.number().nullable() });

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
/** `highlight`: a snippet of the summary and description around the matched words; `titleHighlight`: the title. */
export type ProjectCard = ProjectCardRow & { highlight: string | null; titleHighlight: string | null };

/** Sort orders; every one ends on the slug so that pages never overlap or skip. */
function orderBy(sort: Sort): Prisma.Sql {
  switch (sort) {
    case "relevance": // with a search, see pageByRelevance and relevanceOrder; without one, by name
      return Prisma.sql`p.sort_name, p.slug`;
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
export async function matchingProjectIds(
  given: ProjectFilters,
  tree: ProgrammeNode[],
  limit?: { offset: number; take: number },
) {
  const filters = await withResolvedSearch(given);
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
  const relevance = filters.sort === "relevance" && filters.q ? await relevanceBits(filters.q, filters.lang) : null;
  const page = limit ? Prisma.sql`LIMIT ${limit.take} OFFSET ${limit.offset}` : Prisma.empty;
  const rows = relevance
    ? await queryRows(
        idRow,
        Prisma.sql`
        WITH r AS MATERIALIZED (SELECT ${relevance.allA} AS all_a, ${relevance.anyA} AS any_a, ${relevance.allAB} AS all_ab, ${relevance.anyAB} AS any_ab)
        SELECT p.id FROM project p WHERE ${where}
        ORDER BY CASE
          WHEN ${hasBit(Prisma.sql`(SELECT all_a FROM r)`, Prisma.sql`p.id`)} THEN 1
          WHEN ${hasBit(Prisma.sql`(SELECT any_a FROM r)`, Prisma.sql`p.id`)} THEN CASE WHEN ${hasBit(Prisma.sql`(SELECT all_ab FROM r)`, Prisma.sql`p.id`)} THEN 2 ELSE 3 END
          WHEN ${hasBit(Prisma.sql`(SELECT all_ab FROM r)`, Prisma.sql`p.id`)} THEN 4
          WHEN ${hasBit(Prisma.sql`(SELECT any_ab FROM r)`, Prisma.sql`p.id`)} THEN 5
          ELSE 6 END, p.sort_name, p.slug ${page}`,
      )
    : await queryRows(
        idRow,
        Prisma.sql`SELECT p.id FROM project p WHERE ${where} ORDER BY ${orderBy(filters.sort)} ${page}`,
      );
  return rows.map((r) => r.id);
}

/**
 * `given`: the filters as bits, when the caller has them already (getCatalogueView); the caller then passes the
 * filters with the search resolved (withResolvedSearch), as the bits were made from them.
 */
export async function searchProjects(typed: ProjectFilters, given?: FilterBits): Promise<ProjectSearch> {
  const filters = given ? typed : await withResolvedSearch(typed);
  const programmeTree = await getProgrammeTree();
  // Unfiltered: the count from the baseline and the page straight from a sort index. Filtered: the matching projects
  // as a bit string (lib/catalogue/project-bits.ts), counted with bit_count and walked in sort order.
  const bits = isUnfiltered(filters)
    ? null
    : (given ?? (await filterBits(filters, expandProgrammes(programmeTree, filters.programme))));
  const counts = bits
    ? await queryRows(countRow, Prisma.sql`SELECT bit_count(${matchBits(bits)})::int AS count`)
    : await queryRows(countRow, Prisma.sql`SELECT count FROM facet_baseline WHERE facet = 'total'`);
  const count = counts[0]?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
  const page = Math.max(1, Math.min(filters.page, pageCount));
  const limit = { offset: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
  const ids = bits
    ? await pageOfMatches(filters, bits, limit)
    : await matchingProjectIds({ ...filters, page }, programmeTree, limit);
  const rows = await db().project.findMany({ where: { id: { in: ids } }, select: projectCardSelect });
  const highlights = await cardHighlights(ids, filters);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    const h = highlights.get(id);
    return row ? [{ ...row, highlight: h?.snippet ?? null, titleHighlight: h?.title ?? null }] : [];
  });
  return { total: count, page, pageCount, items: await localiseCards(items, filters.lang), programmeTree };
}

/** One page of the projects whose bit is set in the filters' bit string, in the order of `filters.sort`. */
async function pageOfMatches(
  filters: ProjectFilters,
  bits: FilterBits,
  limit: { offset: number; take: number },
): Promise<number[]> {
  const relevance = filters.sort === "relevance" && filters.q ? await relevanceBits(filters.q, filters.lang) : null;
  if (relevance) return pageByRelevance(bits, relevance, limit);
  const rows = await queryRows(
    idRow,
    Prisma.sql`
    WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m)
    SELECT p.id FROM project p WHERE ${hasBit(Prisma.sql`(SELECT m FROM x)`, Prisma.sql`p.id`)}
    ORDER BY ${orderBy(filters.sort)} LIMIT ${limit.take} OFFSET ${limit.offset}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Relevance without ranking every match: the matches fall into six tiers (relevanceBits: all words in the title,
 * …, only in the text), each counted with bit_count; the page is read from the one or two tiers it spans, each in name
 * order from the sort index. The cost does not grow with the number of matches.
 */
async function pageByRelevance(
  bits: FilterBits,
  r: RelevanceBits,
  limit: { offset: number; take: number },
): Promise<number[]> {
  const end = limit.offset + limit.take;
  const rows = await queryRows(
    idRow,
    Prisma.sql`
    WITH ${bitsCte(bits)},
    m AS MATERIALIZED (SELECT ${matchFrom(bits)} AS m FROM fb),
    r AS MATERIALIZED (SELECT ${r.allA} AS all_a, ${r.anyA} AS any_a, ${r.allAB} AS all_ab, ${r.anyAB} AS any_ab),
    tier AS (
      SELECT t.i, t.bits, bit_count(t.bits) AS n FROM m, r, LATERAL (VALUES
        (1, m.m & r.all_a),
        (2, m.m & r.any_a & ~r.all_a & r.all_ab),
        (3, m.m & r.any_a & ~r.all_a & ~r.all_ab),
        (4, m.m & ~r.any_a & r.all_ab),
        (5, m.m & ~r.any_a & r.any_ab & ~r.all_ab),
        (6, m.m & ~r.any_ab)) AS t(i, bits)
    ),
    span AS (SELECT i, bits, n, sum(n) OVER (ORDER BY i) - n AS before FROM tier)
    SELECT x.id FROM span s CROSS JOIN LATERAL (
      SELECT p.id, p.sort_name, p.slug FROM project p
      WHERE ${hasBit(Prisma.sql`s.bits`, Prisma.sql`p.id`)}
      ORDER BY p.sort_name, p.slug
      OFFSET greatest(0, ${limit.offset} - s.before) LIMIT least(s.n, ${end} - s.before) - greatest(0, ${limit.offset} - s.before)
    ) x
    WHERE s.n > 0 AND s.before < ${end} AND s.before + s.n > ${limit.offset}
    ORDER BY s.i, x.sort_name, x.slug`,
  );
  return rows.map((row) => row.id);
}

/**
 * A short snippet of the summary and description around the matched words, and the title, with matched words between
 * \u0001 and \u0002 (split into <mark> by the UI, never parsed as HTML). Null where no word matched (the project
 * matched through a partner, place or theme): the card then shows its summary. A search in another language
 * (filters.lang) takes the snippet from the project's translation into it when there is one.
 */
async function cardHighlights(
  ids: number[],
  filters: Pick<ProjectFilters, "q" | "lang">,
): Promise<Map<number, { title: string | null; snippet: string | null }>> {
  const tsquery = tsqueryOf(filters);
  if (!tsquery || !filters.q || ids.length === 0) return new Map();
  const translated = filters.lang === "en" ? null : translatedTsquery(filters.q, filters.lang);
  const rows = await queryRows(
    highlightRow,
    translated
      ? Prisma.sql`
    WITH x AS MATERIALIZED (SELECT ${translated} AS q)
    SELECT p.id, t.text,
      ts_headline('atlas', p.title, x.q, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS title,
      ts_headline(t.config, t.text, x.q,
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "') AS snippet
    FROM project p CROSS JOIN x
      LEFT JOIN project_translation pt ON pt.project_id = p.id AND pt.locale = ${filters.lang}
      CROSS JOIN LATERAL (SELECT
        CASE WHEN pt.project_id IS NULL THEN concat_ws(' ', p.summary, p.description) ELSE concat_ws(' ', pt.summary, pt.description) END AS text,
        CASE WHEN pt.project_id IS NULL THEN 'public.atlas'::regconfig ELSE ${languageConfig(filters.lang)} END AS config) t
    WHERE p.id IN (${Prisma.join(ids)})`
      : Prisma.sql`
    WITH x AS MATERIALIZED (SELECT to_tsquery('atlas', ${tsquery}) AS q)
    SELECT p.id, t.text,
      ts_headline('atlas', p.title, x.q, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS title,
      ts_headline('atlas', t.text, x.q,
        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "') AS snippet
    FROM project p CROSS JOIN x CROSS JOIN LATERAL (SELECT concat_ws(' ', p.summary, p.description) AS text) t
    WHERE p.id IN (${Prisma.join(ids)})`,
  );
  const marked = (text: string) => (text.includes("\u0001") ? text : null);
  // An ellipsis where the snippet does not reach the start or the end of the text.
  const cut = (snippet: string, text: string) => {
    const plain = snippet.replace(/[\u0001\u0002]/g, "").trim();
    return `${text.startsWith(plain.slice(0, 40)) ? "" : "… "}${snippet.trim()}${text.trimEnd().endsWith(plain.slice(-40)) ? "" : " …"}`;
  };
  return new Map(
    rows.map((r) => [r.id, { title: marked(r.title), snippet: marked(r.snippet) && cut(r.snippet, r.text) }]),
  );
}

/** Count and summed total budget of the projects matching `filters` (previews, feeds, summaries). */
export async function projectTotals(typed: ProjectFilters): Promise<{ count: number; totalBudget: number }> {
  const filters = await withResolvedSearch(typed);
  const tree = await getProgrammeTree();
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
  const rows = await queryRows(
    totalsRow,
    Prisma.sql`
    SELECT count(*)::int AS count, sum(p.total_budget)::float8 AS total FROM project p WHERE ${where}`,
  );
  return { count: rows[0]?.count ?? 0, totalBudget: rows[0]?.total ?? 0 };
}
