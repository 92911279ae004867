// Filters as bit strings (the bitmap_index migration; docs/decisions/004-bitmap-index.md). Each filter becomes one
// SQL expression of type varbit with bit n set for the project with id n; the matching projects are the AND of all
// of them, and a facet's counts the bit_count of each value's bits AND the other filters. The cost of a count no
// longer grows with the number of projects that match.
import { z } from "zod";
import { queryRows } from "./query-rows";
import { Prisma } from "../db/generated/client";
import type { ProjectFilters } from "../filters/project-filters";
import type { IsoDay } from "../rules/catalogue-rules";
import { catalogueDay } from "./catalogue-day";
import type { FacetName } from "./project-where";
import { isPrefixWord, parseSearch, phraseQuery, wordQuery, type Clause } from "./search-query";
import { languageConfig, lightStem } from "./search-lang";
import type { Locale } from "../i18n/locales";

/** One bit-string expression per filter in use; the period (from/to) and the search are never left out of a count. */
export type FilterBits = Partial<Record<FacetName | "period" | "q", Prisma.Sql>>;

const ALL = Prisma.sql`public.atlas_bits('all', ARRAY[''])`;
const NONE = Prisma.sql`public.atlas_bits('none', ARRAY[''])`;
const LEAD = "country-lead";

/** `programmeIds`: the selected programmes expanded to their descendants (as for projectConditions); status as of `day`. */
export async function filterBits(
  filters: ProjectFilters,
  programmeIds: number[],
  day: IsoDay = catalogueDay(),
): Promise<FilterBits> {
  const bits: FilterBits = {};
  const values = (facet: string, list: string[]) => Prisma.sql`public.atlas_bits(${facet}, ${list}::text[])`;
  if (filters.country.length) bits.country = values(filters.role === "lead" ? LEAD : "country", filters.country);
  if (filters.programme.length) bits.programme = values("programme", programmeIds.map(String));
  if (filters.theme.length) bits.theme = values("theme", filters.theme);
  if (filters.group.length) bits.group = values("group", filters.group);
  if (filters.status.length) {
    bits.status = Prisma.sql`(SELECT bit_or(s.bits) FROM public.atlas_status_bits(${day}::date) s WHERE s.status = ANY(${filters.status}::text[]))`;
  }
  if (filters.min !== null || filters.max !== null) {
    bits.budget = Prisma.sql`public.atlas_amount_bits(${filters.amount}, ${filters.min}::bigint, ${filters.max}::bigint)`;
  }
  const period = [
    ...(filters.from !== null ? [Prisma.sql`public.atlas_year_bits('from', ${filters.from}::int)`] : []),
    ...(filters.to !== null ? [Prisma.sql`public.atlas_year_bits('to', ${filters.to}::int)`] : []),
  ];
  if (period.length) bits.period = Prisma.join(period, " & ");
  if (filters.q) bits.q = (await searchBits(filters.q, filters.lang)).match;
  return bits;
}

/** The projects matching every filter but `omit`: a varbit expression (wrap it in a scalar subquery to run it once). */
export function matchBits(bits: FilterBits, omit?: FacetName): Prisma.Sql {
  const parts = Object.entries(bits)
    .filter(([name]) => name !== omit)
    .map(([, sql]) => Prisma.sql`(${sql})`);
  return Prisma.join([ALL, ...parts], " & ");
}

/**
 * Whether the project `id` has its bit set in `bits` (false past the end). Written out rather than as an SQL function,
 * which PostgreSQL would not inline (it names `bits` twice) and would then call once per row.
 */
export function hasBit(bits: Prisma.Sql, id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${id} < bit_length(${bits}) AND get_bit(${bits}, ${id}) = 1)`;
}

/** A CTE named `fb` computing each filter's bits once, for queries that combine them in several ways (matchFrom). */
export function bitsCte(bits: FilterBits): Prisma.Sql {
  const columns = Object.entries(bits).map(([name, sql]) => Prisma.sql`${sql} AS ${Prisma.raw(`"${name}"`)}`);
  return Prisma.sql`fb AS MATERIALIZED (SELECT ${Prisma.join([Prisma.sql`${ALL} AS "all"`, ...columns], ", ")})`;
}

/** The projects matching every filter but `omit`, from the columns of bitsCte. */
export function matchFrom(bits: FilterBits, omit?: FacetName): Prisma.Sql {
  return Prisma.raw(
    ["all", ...Object.keys(bits).filter((name) => name !== omit)].map((name) => `fb."${name}"`).join(" & "),
  );
}

/**
 * Projects having exactly the lexeme `lexeme` (a whole word; `word*` is a prefix, atlas_word_bits), anywhere, in the
 * title ('a') or in the title or names ('ab'): word_bitmap keeps a bit string when the word is common, ids when rare.
 */
function wholeWordBits(lexeme: string, part: Part): Prisma.Sql {
  if (part === "all") return Prisma.sql`public.atlas_lexeme_bits(${lexeme})`;
  const [bits, ids] =
    part === "a" ? [Prisma.raw("w.bits_a"), Prisma.raw("w.ids_a")] : [Prisma.raw("w.bits_ab"), Prisma.raw("w.ids_ab")];
  return Prisma.sql`coalesce((SELECT coalesce(${bits}, ${NONE}) | public.atlas_ids_to_bits(${ids}, public.atlas_bit_length())
    FROM public.word_bitmap w WHERE w.lexeme = ${lexeme}), ${NONE})`;
}

/** Where a word is looked for: anywhere, in the title or acronym (weight A), or there or in names (A and B). */
type Part = "all" | "a" | "ab";

/**
 * The search as bits, with to_tsquery's own semantics: each word is looked up as the tsquery PostgreSQL makes of it
 * (a single prefix lexeme is read from word_bitmap; a stop word drops out, as to_tsquery drops it; anything else —
 * a phrase, a word PostgreSQL splits — goes through the GIN index), then combined with the query's AND, OR and NOT.
 * `part` narrows each positive group to the projects having its words in the title ('a') or title and names ('ab'):
 * the relevance tiers of pageOfMatches. Those are for ordering only and may use each word alone for a phrase.
 * In a language other than English (`lang`), each word is also read as that language's lexeme, and a project having
 * either matches (lib/catalogue/search-lang.ts); a word either reading drops as a stop word is dropped.
 */
async function searchBits(
  q: string,
  lang: Locale = "en",
): Promise<{ match: Prisma.Sql; groups: Record<Exclude<Part, "all">, Prisma.Sql>[] }> {
  const { groups } = parseSearch(q);
  const clauses = groups.flat();
  const texts = [
    ...new Set(clauses.flatMap((c) => [...c.words.map(wordQuery), ...(c.phrase ? [phraseQuery(c.words)] : [])])),
  ];
  if (texts.length === 0) return { match: NONE, groups: [] };
  const rows = await queryRows(
    z.object({ text: z.string(), query: z.string() }),
    Prisma.sql`SELECT t AS text, to_tsquery('atlas', t)::text AS query FROM unnest(${texts}::text[]) AS t`,
  );
  const tsq = new Map(rows.map((r) => [r.text, r.query]));
  const lexemeOf = (text: string) =>
    /^'((?:[^']|'')*)'(?::\*)?$/.exec(tsq.get(text) ?? "")?.[1].replace(/''/g, "'") ?? null;
  const stopWord = (text: string) => (tsq.get(text) ?? "") === ""; // to_tsquery leaves it out
  if (lang !== "en") return translatedSearchBits(groups, texts, lang, { tsq, lexemeOf, stopWord });

  const word = (w: string, part: Part): Prisma.Sql | null => {
    const text = wordQuery(w);
    if (stopWord(text)) return null;
    const lexeme = lexemeOf(text);
    if (lexeme !== null)
      return isPrefixWord(w) ? Prisma.sql`public.atlas_word_bits(${lexeme}, ${part})` : wholeWordBits(lexeme, part);
    return part === "all" ? Prisma.sql`public.atlas_tsquery_bits(${text})` : null;
  };
  const clause = (c: Clause, part: Part): Prisma.Sql | null => {
    if (c.phrase && part === "all") {
      const text = phraseQuery(c.words);
      if (stopWord(text)) return null;
      // A phrase that stop words reduce to a single word is that word's lexeme; a real phrase needs positions (GIN).
      const single = /^'((?:[^']|'')*)'$/.exec(tsq.get(text) ?? "")?.[1].replace(/''/g, "'");
      return single !== undefined
        ? Prisma.sql`public.atlas_lexeme_bits(${single})`
        : Prisma.sql`public.atlas_tsquery_bits(${text})`;
    }
    return and(c.words.map((w) => word(w, part)));
  };
  return combine(groups, clause);
}

const and = (parts: (Prisma.Sql | null)[]) => {
  const kept = parts.filter((p): p is Prisma.Sql => p !== null);
  return kept.length ? Prisma.sql`(${Prisma.join(kept, " & ")})` : null;
};
const or = (parts: (Prisma.Sql | null)[]) => {
  const kept = parts.filter((p): p is Prisma.Sql => p !== null);
  return kept.length ? Prisma.sql`(${Prisma.join(kept, " | ")})` : null;
};

/** The query's AND of OR-groups over the bits of each clause, and the relevance tiers of its positive groups. */
function combine(
  groups: Clause[][],
  clause: (c: Clause, part: Part) => Prisma.Sql | null,
): { match: Prisma.Sql; groups: Record<Exclude<Part, "all">, Prisma.Sql>[] } {
  const match = and(
    groups.map((g) =>
      or(
        g.map((c) => {
          const bits = clause(c, "all");
          return bits && c.negated ? Prisma.sql`~${bits}` : bits;
        }),
      ),
    ),
  );
  const positive = groups.filter((g) => g.every((c) => !c.negated));
  const tiers = positive.map((g) => ({
    a: or(g.map((c) => clause(c, "a"))) ?? NONE,
    ab: or(g.map((c) => clause(c, "ab"))) ?? NONE,
  }));
  return { match: match ?? NONE, groups: tiers };
}

/**
 * searchBits for a search written in `lang`: each word's lexeme under 'atlas' OR under the language's configuration
 * (the same lookups as in English, twice); a phrase, or a word either reading splits, through the GIN index with both
 * readings (atlas_tsquery_bits(query, config), migration 20261130130000_translations).
 */
async function translatedSearchBits(
  groups: Clause[][],
  texts: string[],
  lang: Exclude<Locale, "en">,
  english: { tsq: Map<string, string>; lexemeOf: (t: string) => string | null; stopWord: (t: string) => boolean },
): Promise<{ match: Prisma.Sql; groups: Record<Exclude<Part, "all">, Prisma.Sql>[] }> {
  const rows = await queryRows(
    z.object({ text: z.string(), query: z.string() }),
    Prisma.sql`SELECT t AS text, to_tsquery(${languageConfig(lang)}, t)::text AS query FROM unnest(${texts}::text[]) AS t`,
  );
  const local = new Map(rows.map((r) => [r.text, r.query]));
  const single = (query: string | undefined, prefix: boolean) =>
    (prefix ? /^'((?:[^']|'')*)'(?::\*)?$/ : /^'((?:[^']|'')*)'$/).exec(query ?? "")?.[1].replace(/''/g, "'") ?? null;
  const stopWord = (text: string) => english.stopWord(text) || (local.get(text) ?? "") === "";
  const viaIndex = Prisma.sql`${languageConfig(lang)}`;
  const either = (a: string, b: string, bits: (lexeme: string) => Prisma.Sql) =>
    a === b ? bits(a) : Prisma.sql`(${bits(a)} | ${bits(b)})`;

  const word = (w: string, part: Part): Prisma.Sql | null => {
    const text = wordQuery(w);
    if (stopWord(text)) return null;
    const a = english.lexemeOf(text);
    const b = single(local.get(text), true);
    const stem = lightStem(w, lang);
    if (a !== null && b !== null) {
      const bits = either(a, b, (lexeme) =>
        isPrefixWord(w) ? Prisma.sql`public.atlas_word_bits(${lexeme}, ${part})` : wholeWordBits(lexeme, part),
      );
      return stem === null ? bits : Prisma.sql`(${bits} | public.atlas_word_bits(${stem}, ${part}))`;
    }
    return part === "all" ? Prisma.sql`public.atlas_tsquery_bits(${text}, ${viaIndex})` : null;
  };
  const clause = (c: Clause, part: Part): Prisma.Sql | null => {
    if (c.phrase && part === "all") {
      const text = phraseQuery(c.words);
      if (stopWord(text)) return null;
      const a = single(english.tsq.get(text), false);
      const b = single(local.get(text), false);
      return a !== null && b !== null
        ? either(a, b, (lexeme) => Prisma.sql`public.atlas_lexeme_bits(${lexeme})`)
        : Prisma.sql`public.atlas_tsquery_bits(${text}, ${viaIndex})`;
    }
    return and(c.words.map((w) => word(w, part)));
  };
  return combine(groups, clause);
}

export type RelevanceBits = { allA: Prisma.Sql; anyA: Prisma.Sql; allAB: Prisma.Sql; anyAB: Prisma.Sql };

/**
 * What relevance is ordered by: for the positive words (or OR-groups) of the search, the projects having all of them,
 * or any, in the title or acronym (A), and in the title or the names of partners, places and themes (AB).
 */
export async function relevanceBits(q: string, lang: Locale = "en"): Promise<RelevanceBits | null> {
  const { groups } = await searchBits(q, lang);
  if (groups.length === 0) return null;
  const all = (part: "a" | "ab") =>
    Prisma.sql`(${Prisma.join(
      groups.map((g) => g[part]),
      " & ",
    )})`;
  const any = (part: "a" | "ab") =>
    Prisma.sql`(${Prisma.join(
      groups.map((g) => g[part]),
      " | ",
    )})`;
  return { allA: all("a"), anyA: any("a"), allAB: all("ab"), anyAB: any("ab") };
}
