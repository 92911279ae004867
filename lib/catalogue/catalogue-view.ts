// Everything /projects shows for one set of filters, fetched in parallel.
import { activeFilterChips } from "../filters/active-filter-chips";
import type { ProjectFilters } from "../filters/project-filters";
import type { Locale } from "../i18n/locales";
import { localiseFacets } from "./localise";
import { projectFacets } from "./project-facets";
import { filterBits, matchBits } from "./project-bits";
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import { expandProgrammes, getProgrammeTree } from "./programme-tree";
import { resultTotals } from "./result-totals";
import { searchProjects } from "./search-projects";
import { resolveSearch } from "./search-resolve";
import { suggestSpellings, type Suggestion } from "./suggest";

const countRow = z.object({ count: z.number() });

/**
 * `filters` as typed (shown back in the form and links); the queries run on the resolved search (whole words first).
 * `lang`: the language of the page (its address, not the query string), which words are searched in and records are
 * shown in (lib/catalogue/localise.ts); the API passes the `lang` of its query.
 */
export async function getCatalogueView(filters: ProjectFilters, lang: Locale = filters.lang) {
  const [tree, resolution] = await Promise.all([getProgrammeTree(), resolveSearch(filters.q, lang)]);
  const resolved = { ...filters, q: resolution.q, lang };
  // The filters as bits once (a search's words are looked up once), shared by the list, the facets and the totals.
  const bits = await filterBits(resolved, expandProgrammes(tree, filters.programme));
  const [search, facets, totals] = await Promise.all([
    searchProjects(resolved, bits),
    projectFacets(resolved, tree, bits).then((f) => localiseFacets(f, lang)),
    resultTotals(resolved, tree, 4, bits),
  ]);
  const [suggestions, removals]: [Suggestion[], Record<string, number>] =
    search.total === 0
      ? await Promise.all([filters.q ? suggestSpellings(filters, tree) : [], removalCounts(filters, tree, lang)])
      : [[], {}];
  return { search, facets, totals, suggestions, resolution, removals };
}

/** With no result: how many projects each filter's removal would give (by the link it is removed with). */
async function removalCounts(
  filters: ProjectFilters,
  tree: Awaited<ReturnType<typeof getProgrammeTree>>,
  lang: Locale,
): Promise<Record<string, number>> {
  const chips = activeFilterChips(filters, (_, value) => value);
  const counts = await Promise.all(
    chips.map(async ({ without }) => {
      const bits = await filterBits(
        { ...without, lang, q: (await resolveSearch(without.q, lang)).q },
        expandProgrammes(tree, without.programme),
      );
      const rows = await queryRows(countRow, Prisma.sql`SELECT bit_count(${matchBits(bits)})::int AS count`);
      return rows[0]?.count ?? 0;
    }),
  );
  return Object.fromEntries(chips.map((c, i) => [c.href, counts[i]]));
}

export type CatalogueView = Awaited<ReturnType<typeof getCatalogueView>>;
