// "Did you mean": close matches for misspelt words, from the words of the catalogue itself (the search_word view,
// trigram-indexed; `%` is pg_trgm's similarity operator, threshold 0.3).
import { db } from "../db/client";
import { fold } from "./search-query";

export async function suggestSpellings(q: string): Promise<string[]> {
  const words = (fold(q).match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 5);
  if (words.length === 0) return [];
  const corrected = await Promise.all(
    words.map(async (w) => {
      const rows = await db().$queryRaw<{ word: string }[]>`
        SELECT word FROM search_word WHERE word % ${w} ORDER BY similarity(word, ${w}) DESC, documents DESC, word LIMIT 1`;
      return rows[0]?.word ?? w;
    }),
  );
  const suggestion = corrected.join(" ");
  return suggestion !== words.join(" ") ? [suggestion] : [];
}
