// "Did you mean": close matches for misspelt words, from the words of the catalogue itself (trigram similarity).
import { db } from "../db/client";
import { fold } from "./search-query";

export async function suggestSpellings(q: string): Promise<string[]> {
  const words = (fold(q).match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 5);
  if (words.length === 0) return [];
  const corrected = await Promise.all(
    words.map(async (w) => {
      const rows = await db().$queryRaw<{ word: string }[]>`
        SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', search_text) FROM project')
        WHERE similarity(word, ${w}) > 0.3 ORDER BY similarity(word, ${w}) DESC, nentry DESC LIMIT 1`;
      return rows[0]?.word ?? w;
    }),
  );
  const suggestion = corrected.join(" ");
  return suggestion !== words.join(" ") ? [suggestion] : [];
}
