// Turns what a person types into a PostgreSQL tsquery: "exact phrase", OR, -word, word* (prefix) and whole words.
// Only letters and digits reach the query text, so no input can break its syntax. A bare word is matched whole
// (as its stem); lib/catalogue/search-resolve.ts turns a bare word that no project has into a prefix (word*) and says so.

export type ParsedSearch = {
  /** Text for to_tsquery('atlas', …), or null when nothing searchable remains. */
  tsquery: string | null;
  /** Words to highlight in results (positive terms only, accent-folded, lower case). */
  terms: string[];
  /** The query's structure: groups joined by AND, each a set of clauses joined by OR (lib/catalogue/project-bits.ts). */
  groups: Clause[][];
};

/**
 * Lower case without accents: "Östergötland" → "ostergotland". Marks on Cyrillic and Arabic letters stay: they are
 * letters of their own there ("ї", "й"; the hamza of "ئ"), which PostgreSQL's unaccent keeps in the index as well.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/(?<![\p{Script=Cyrillic}\p{Script=Arabic}]\p{M}*)\p{M}/gu, "")
    .normalize("NFC")
    .toLowerCase();
}

/**
 * The words of one token, folded; a word directly followed by `*` keeps the `*` (matched as a prefix).
 * Inside a phrase the `*` is dropped: a phrase is matched word for word.
 */
function words(text: string, phrase: boolean): string[] {
  return [...fold(text).matchAll(/([\p{L}\p{N}]+)(\*?)/gu)].map((m) => (phrase ? m[1] : m[1] + m[2]));
}

/** A clause's words: plain letters and digits, or a prefix word ending in `*`. */
export type Clause = { negated: boolean; words: string[]; phrase: boolean };

export const isPrefixWord = (word: string) => word.endsWith("*");
export const bareWord = (word: string) => word.replace(/\*$/, "");

export function parseSearch(input: string): ParsedSearch {
  const tokens = input.match(/-?"[^"]*"?|\S+/g) ?? [];
  // Groups of clauses joined by AND; an OR between two clauses puts them in one group.
  const groups: Clause[][] = [];
  let joinWithOr = false;
  for (const token of tokens) {
    if (token === "OR" || token === "|") {
      joinWithOr = groups.length > 0;
      continue;
    }
    const negated = token.startsWith("-") && token.length > 1;
    const body = negated ? token.slice(1) : token;
    const phrase = body.startsWith('"');
    const clauseWords = words(body, phrase);
    if (clauseWords.length === 0) continue;
    const clause: Clause = { negated, words: clauseWords, phrase };
    if (joinWithOr && !negated) groups[groups.length - 1].push(clause);
    else groups.push([clause]);
    joinWithOr = false;
  }
  // A query of only negations would match almost everything; drop them.
  const positive = groups.filter((g) => g.some((c) => !c.negated));
  if (positive.length === 0) return { tsquery: null, terms: [], groups: [] };

  const render = (c: Clause) => {
    const inner = c.phrase ? phraseQuery(c.words) : c.words.map(wordQuery).join(" & ");
    const wrapped = c.words.length > 1 ? `(${inner})` : inner;
    return c.negated ? `!${wrapped}` : wrapped;
  };
  const tsquery = groups.map((g) => (g.length > 1 ? `(${g.map(render).join(" | ")})` : render(g[0]))).join(" & ");
  const terms = [
    ...new Set(
      groups
        .flat()
        .filter((c) => !c.negated)
        .flatMap((c) => c.words.map(bareWord)),
    ),
  ];
  return { tsquery, terms, groups };
}

/** The search written back as text that parseSearch reads to the same groups (used after resolving words). */
export function formatSearch(groups: Clause[][]): string {
  const clause = (c: Clause) => (c.negated ? "-" : "") + (c.phrase ? `"${c.words.join(" ")}"` : c.words.join("-"));
  return groups.map((g) => g.map(clause).join(" OR ")).join(" ");
}

/** The tsquery text of one searched word (whole, or as a prefix when it ends in `*`) and of a quoted phrase. */
export const wordQuery = (word: string) => (isPrefixWord(word) ? `${bareWord(word)}:*` : word);
export const prefixQuery = (word: string) => `${bareWord(word)}:*`;
export const phraseQuery = (words: string[]) => words.join(" <-> ");
