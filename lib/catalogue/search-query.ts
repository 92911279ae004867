// Turns what a person types into a PostgreSQL tsquery: "exact phrase", OR, -word, and prefix matching of words.
// Only letters and digits reach the query text, so no input can break its syntax.

export type ParsedSearch = {
  /** Text for to_tsquery('atlas', …), or null when nothing searchable remains. */
  tsquery: string | null;
  /** Words to highlight in results (positive terms only, accent-folded, lower case). */
  terms: string[];
  /** The query's structure: groups joined by AND, each a set of clauses joined by OR (lib/catalogue/project-bits.ts). */
  groups: Clause[][];
};

/** Lower case without accents: "Östergötland" → "ostergotland". */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export type Clause = { negated: boolean; words: string[]; phrase: boolean };

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
    const clauseWords = words(body);
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
    const inner = c.phrase ? phraseQuery(c.words) : c.words.map(prefixQuery).join(" & ");
    const wrapped = c.words.length > 1 ? `(${inner})` : inner;
    return c.negated ? `!${wrapped}` : wrapped;
  };
  const tsquery = groups
    .map((g) => (g.length > 1 ? `(${g.map(render).join(" | ")})` : render(g[0])))
    .join(" & ");
  const terms = [...new Set(groups.flat().filter((c) => !c.negated).flatMap((c) => c.words))];
  return { tsquery, terms, groups };
}

/** The tsquery text of one searched word (matched as a prefix) and of a quoted phrase. */
export const prefixQuery = (word: string) => `${word}:*`;
export const phraseQuery = (words: string[]) => words.join(" <-> ");
