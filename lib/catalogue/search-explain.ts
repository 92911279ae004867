// Whole words first: the pure part of resolving a search (which words fall back to prefixes) and the sentences that
// tell a person what happened. The database look-ups are in search-resolve.ts.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { bareWord, formatSearch, isPrefixWord, type Clause } from "./search-query";

/** What the catalogue holds for one bare searched word: the word itself, only words starting with it, or nothing. */
export type WordFinding = "whole" | "prefix" | "none";

export type PrefixFallback = { word: string; matches: string[] };
export type SearchResolution = {
  /** The search as it is run: bare words kept whole, fallen-back words written `word*`; null when `q` was null. */
  q: string | null;
  /** Words matched as prefixes because no project has the word itself, with words they matched. */
  prefixed: PrefixFallback[];
  /** Positive words not found whole and not searched as prefixes (not even a prefix, or quoted), in the order typed. */
  missing: string[];
  /** What the catalogue holds for each looked-up word. */
  findings: Record<string, WordFinding>;
};

/** The bare words of a search, looked up in the catalogue (a word typed `word*` is a prefix already). */
export function resolvableWords(groups: Clause[][]): string[] {
  return [...new Set(groups.flat().flatMap((c) => c.words.filter((w) => !isPrefixWord(w))))];
}

/** Words of phrases: matched whole, whatever the catalogue holds ("roma" in quotes never finds "romania"). */
export function quotedWords(groups: Clause[][]): Set<string> {
  return new Set(
    groups
      .flat()
      .filter((c) => c.phrase)
      .flatMap((c) => c.words),
  );
}

/** Which positive words fall back to prefixes and which are missing, given the findings (in the order typed). */
export function classifyWords(
  groups: Clause[][],
  findings: Map<string, WordFinding>,
): { prefixed: string[]; missing: string[] } {
  const quoted = quotedWords(groups);
  const positive = [...positiveWords(groups)].filter((w) => findings.has(w));
  const prefixed = positive.filter((w) => findings.get(w) === "prefix" && !quoted.has(w));
  const missing = positive.filter((w) => findings.get(w) === "none" || (findings.get(w) === "prefix" && quoted.has(w)));
  return { prefixed, missing };
}

/** The groups with each word found only as a prefix written `word*`; every other word stays as typed. */
export function applyFindings(groups: Clause[][], findings: Map<string, WordFinding>): string {
  const resolved = groups.map((g) =>
    g.map((c) => (c.phrase ? c : { ...c, words: c.words.map((w) => (findings.get(w) === "prefix" ? `${w}*` : w)) })),
  );
  return formatSearch(resolved);
}

/** Positive words only: a negated word that matches nothing needs no explanation. */
export function positiveWords(groups: Clause[][]): Set<string> {
  return new Set(
    groups
      .flat()
      .filter((c) => !c.negated)
      .flatMap((c) => c.words.map(bareWord)),
  );
}

/** "a, b and c": English as the catalogue has always written it, the language's own list elsewhere. */
function list(words: string[], locale: Locale): string {
  if (locale !== DEFAULT_LOCALE) return new Intl.ListFormat(locale, { type: "conjunction" }).format(words);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** One sentence per word that was not found whole, in the order typed, in the page's language. */
export function explainSearch(
  resolution: Pick<SearchResolution, "prefixed" | "missing">,
  locale: Locale = DEFAULT_LOCALE,
): string[] {
  const t = translator(locale, "Finder");
  const sentences = resolution.prefixed.map(({ word, matches }) =>
    matches.length
      ? t("explain.prefixedWith", { word, matches: list(matches, locale) })
      : t("explain.prefixed", { word }),
  );
  for (const word of resolution.missing) sentences.push(t("explain.missing", { word }));
  return sentences;
}
