// Search in the catalogue's other languages (docs/architecture.md, "Translated content and search"). The search index holds
// each project's English text under the 'atlas' configuration and each translation under its language's
// (atlas_locale_config: atlas_de, atlas_fr, …). A word searched in language L is read both ways — as English and as L
// — and matches a project whose index holds either reading; in English (the default) nothing changes.
import { Prisma } from "../db/generated/client";
import type { Locale } from "../i18n/locales";
import { parseSearch, phraseQuery, wordQuery, type Clause } from "./search-query";

/** The text search configuration of a language, as an SQL expression. */
export const languageConfig = (lang: Locale) => Prisma.sql`public.atlas_locale_config(${lang})`;

/** Endings of Ukrainian nouns and adjectives, longest first (lightStem). */
// prettier-ignore
const UKRAINIAN_ENDINGS = [
  "ями", "ами", "ові", "еві", "ого", "ому", "ими", "іми", "ів", "їв", "ам", "ям", "ах", "ях", "ою", "ею", "ей", "ій",
  "ий", "ої", "ом", "ем", "і", "ї", "и", "а", "я", "у", "ю", "о", "е", "ь", "є",
];

/**
 * PostgreSQL has no Ukrainian stemmer, so the index holds Ukrainian words as written ("біженці", "біженців"). A
 * searched Ukrainian word is therefore also matched as a prefix of its form without the case ending ("біженц*"),
 * when at least four letters remain: the other case forms of the same noun. Null for other languages, for a prefix
 * search (already one), and for a short word.
 */
export function lightStem(word: string, lang: Locale): string | null {
  if (lang !== "uk" || word.endsWith("*")) return null;
  const ending = UKRAINIAN_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 4);
  return ending ? word.slice(0, -ending.length) : null;
}

/**
 * A word's (or a phrase's) tsquery under both readings. A word either reading drops (a stop word in English or in
 * L: "the", "und", "les") is dropped, as to_tsquery drops it: kept under the other reading it would have to match.
 */
export function eitherReading(text: string, lang: Locale): Prisma.Sql {
  return Prisma.sql`(SELECT CASE WHEN numnode(x.a) = 0 OR numnode(x.b) = 0 THEN ''::tsquery ELSE x.a || x.b END
    FROM (SELECT to_tsquery('public.atlas', ${text}) AS a, to_tsquery(${languageConfig(lang)}, ${text}) AS b) x)`;
}

/**
 * The tsquery of a search in language `lang` (not English) as an SQL expression, with the structure of
 * parseSearch(q).tsquery — AND of groups, OR within one, NOT, phrases — each word or phrase read both ways.
 * Null when nothing searchable remains.
 */
export function translatedTsquery(q: string, lang: Exclude<Locale, "en">): Prisma.Sql | null {
  const { groups } = parseSearch(q);
  if (groups.length === 0) return null;
  const clause = (c: Clause) => {
    const inner = c.phrase
      ? eitherReading(phraseQuery(c.words), lang)
      : Prisma.sql`(${Prisma.join(
          c.words.map((w) => {
            const stem = lightStem(w, lang);
            const both = eitherReading(wordQuery(w), lang);
            return stem === null ? both : Prisma.sql`(${both} || to_tsquery(${languageConfig(lang)}, ${`${stem}:*`}))`;
          }),
          " && ",
        )})`;
    return c.negated ? Prisma.sql`(!! ${inner})` : inner;
  };
  return Prisma.sql`(${Prisma.join(
    groups.map((g) => Prisma.sql`(${Prisma.join(g.map(clause), " || ")})`),
    " && ",
  )})`;
}
