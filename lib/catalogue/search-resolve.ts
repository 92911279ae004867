// Whole words first: each bare searched word is looked up in the catalogue's lexemes (word_bitmap). A word no project
// has is searched as a prefix (word*) instead, and the words it then matched are collected to say so.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import type { ProjectFilters } from "../filters/project-filters";
import {
  applyFindings,
  classifyWords,
  resolvableWords,
  type PrefixFallback,
  type SearchResolution,
  type WordFinding,
} from "./search-explain";
import { parseSearch } from "./search-query";
import { languageConfig } from "./search-lang";
import type { Locale } from "../i18n/locales";

const SAMPLE_PROJECTS = 40;
const SHOWN_MATCHES = 6;

const wordLookupRow = z.object({
  word: z.string(),
  lexeme: z.string().nullable(),
  whole: z.boolean(),
  prefix: z.boolean(),
});
const headlineRow = z.object({ headline: z.string() });

/** `lang`: the language the search is written in; a word is then known when either reading of it is (search-lang.ts). */
export async function resolveSearch(q: string | null, lang: Locale = "en"): Promise<SearchResolution> {
  if (!q) return { q, prefixed: [], missing: [], findings: {} };
  const { groups } = parseSearch(q);
  const words = resolvableWords(groups);
  if (words.length === 0) return { q, prefixed: [], missing: [], findings: {} };
  // A word PostgreSQL reads as one lexeme is decided by that lexeme; a stop word, or a word it splits, stays as typed.
  const rows = await queryRows(wordLookupRow, lang === "en" ? lookupSql(words) : translatedLookupSql(words, lang));
  const findings = new Map<string, WordFinding>(
    rows.map((r) => [r.word, r.lexeme === null || r.whole ? "whole" : r.prefix ? "prefix" : "none"]),
  );
  const classes = classifyWords(groups, findings);
  const prefixed: PrefixFallback[] = await Promise.all(
    classes.prefixed.map(async (word) => ({ word, matches: await wordsStartingWith(word) })),
  );
  return {
    q: applyFindings(groups, findings),
    prefixed,
    missing: classes.missing,
    findings: Object.fromEntries(findings),
  };
}

/** The filters with the search as it is run (see resolveSearch); the same filters when there is no search. */
export async function withResolvedSearch(filters: ProjectFilters): Promise<ProjectFilters> {
  if (!filters.q) return filters;
  const { q } = await resolveSearch(filters.q, filters.lang);
  return { ...filters, q };
}

function lookupSql(words: string[]): Prisma.Sql {
  return Prisma.sql`
    WITH l AS (SELECT t AS word, (regexp_match(to_tsquery('atlas', t)::text, '^''([^'']*)''$'))[1] COLLATE "C" AS lexeme
               FROM unnest(${words}::text[]) AS t)
    SELECT l.word, l.lexeme,
      EXISTS (SELECT 1 FROM public.word_bitmap b WHERE b.lexeme = l.lexeme) AS whole,
      EXISTS (SELECT 1 FROM public.word_bitmap b
              WHERE b.lexeme >= l.lexeme AND b.lexeme <= l.lexeme || chr(1114111) AND starts_with(b.lexeme, l.lexeme)) AS prefix
    FROM l`;
}

/**
 * The same lookup for a search in `lang`: the word is read as English and as `lang`; it is known whole (or as a
 * prefix) when either lexeme is, and stays as typed when either reading drops or splits it (as the search does).
 */
function translatedLookupSql(words: string[], lang: Locale): Prisma.Sql {
  return Prisma.sql`
    WITH r AS (SELECT t AS word,
                 (regexp_match(to_tsquery('atlas', t)::text, '^''([^'']*)''$'))[1] COLLATE "C" AS a,
                 (regexp_match(to_tsquery(${languageConfig(lang)}, t)::text, '^''([^'']*)''$'))[1] COLLATE "C" AS b
               FROM unnest(${words}::text[]) AS t),
    l AS (SELECT r.word, CASE WHEN r.a IS NOT NULL AND r.b IS NOT NULL THEN r.a END AS lexeme, x.lexeme AS reading
          FROM r CROSS JOIN LATERAL (VALUES (r.a), (r.b)) AS x(lexeme))
    SELECT l.word, min(l.lexeme) AS lexeme,
      bool_or(EXISTS (SELECT 1 FROM public.word_bitmap b WHERE b.lexeme = l.reading)) AS whole,
      bool_or(EXISTS (SELECT 1 FROM public.word_bitmap b
              WHERE b.lexeme >= l.reading AND b.lexeme <= l.reading || chr(1114111) AND starts_with(b.lexeme, l.reading))) AS prefix
    FROM l GROUP BY l.word`;
}

/**
 * The catalogue's words that `word:*` matched, as written in the projects' search text (folded, lower case), with a
 * hyphenated name kept whole ("emilia-romagna"); the words in most projects first.
 */
export async function wordsStartingWith(word: string): Promise<string[]> {
  const rows = await queryRows(
    headlineRow,
    Prisma.sql`
    SELECT ts_headline('atlas', p.search_text, q, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS headline
    FROM (SELECT to_tsquery('atlas', ${`${word}:*`}) AS q) x, project p
    WHERE p.search_vector @@ x.q LIMIT ${SAMPLE_PROJECTS}`,
  );
  const projectsPerWord = new Map<string, number>();
  for (const { headline } of rows) {
    const found = new Set(
      [...headline.matchAll(/(?:[\p{L}\p{N}]+-)*\u0001([^\u0002]*)\u0002(?:-[\p{L}\p{N}]+)*/gu)].map((m) =>
        m[0].replace(/[\u0001\u0002]/g, ""),
      ),
    );
    for (const w of found) projectsPerWord.set(w, (projectsPerWord.get(w) ?? 0) + 1);
  }
  return [...projectsPerWord]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SHOWN_MATCHES)
    .map(([w]) => w);
}
