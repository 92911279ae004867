// "Did you mean": for each searched word the catalogue does not have (neither whole nor as the start of a word), the
// closest word it does have (the search_word view, trigram-indexed; `%` is pg_trgm's similarity operator, threshold
// 0.3). A suggestion is offered only when it differs from the search and finds projects under the other filters.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import type { ProjectFilters } from "../filters/project-filters";
import { filterBits, matchBits } from "./project-bits";
import { expandProgrammes, type ProgrammeNode } from "./programme-tree";
import { formatSearch, parseSearch } from "./search-query";
import { resolveSearch } from "./search-resolve";

export type Suggestion = { q: string; count: number };

const wordRow = z.object({ word: z.string() });
const countRow = z.object({ count: z.number() });

export async function suggestSpellings(filters: ProjectFilters, tree: ProgrammeNode[]): Promise<Suggestion[]> {
  if (!filters.q) return [];
  const { missing, findings } = await resolveSearch(filters.q, filters.lang);
  const words = missing.slice(0, 5);
  if (words.length === 0) return [];
  // A quoted word the catalogue has only as the start of words: offer the prefix search itself.
  const corrections = new Map<string, string>(words.filter((w) => findings[w] === "prefix").map((w) => [w, `${w}*`]));
  await Promise.all(
    words
      .filter((w) => !corrections.has(w) && w.length >= 3)
      .map(async (w) => {
        const rows = await queryRows(
          wordRow,
          Prisma.sql`
        SELECT word FROM search_word WHERE word % ${w} AND NOT starts_with(word, ${w})
        ORDER BY similarity(word, ${w}) DESC, documents DESC, word LIMIT 1`,
        );
        if (rows[0]) corrections.set(w, rows[0].word);
      }),
  );
  if (corrections.size === 0) return [];
  const { groups } = parseSearch(filters.q);
  // A corrected word leaves its phrase: "roma" in quotes becomes roma*, matched as a prefix.
  const q = formatSearch(
    groups.map((g) =>
      g.map((c) => {
        const words = c.words.map((w) => corrections.get(w) ?? w);
        return { ...c, words, phrase: c.phrase && !words.some((w) => w.endsWith("*")) };
      }),
    ),
  );
  const resolved = await resolveSearch(q, filters.lang);
  const bits = await filterBits({ ...filters, q: resolved.q }, expandProgrammes(tree, filters.programme));
  const counts = await queryRows(countRow, Prisma.sql`SELECT bit_count(${matchBits(bits)})::int AS count`);
  const count = counts[0]?.count ?? 0;
  return count > 0 ? [{ q, count }] : [];
}
