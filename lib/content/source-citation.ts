// How a page names a source in running text: "Interreg brochure on migration, pp. 12–13". Pure, for server components.

/** Page numbers of a source reference ("P. 06") as readers write them: "p. 6", "pp. 12–13", "pp. 6, 9". */
export function formatSourcePages(pages: readonly string[]): string | null {
  const numbers = pages.map((p) => Number(p.replace(/^P\.\s*/, ""))).filter((n) => Number.isInteger(n) && n > 0);
  if (numbers.length === 0) return null;
  if (numbers.length === 1) return `p. ${numbers[0]}`;
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  return consecutive ? `pp. ${numbers[0]}–${numbers[numbers.length - 1]}` : `pp. ${numbers.join(", ")}`;
}

/**
 * The source's short title followed by its pages, if any: "Interreg brochure on migration, pp. 12–13". Falls back to
 * the full title when there is no short title (only the synthetic benchmark source has none).
 */
export function sourceCitation(source: { shortTitle: string | null; title: string }, pages: readonly string[] = []): string {
  const name = source.shortTitle ?? source.title;
  const where = formatSourcePages(pages);
  return where ? `${name}, ${where}` : name;
}
