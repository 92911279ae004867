// How a page names a source in running text: "Interreg brochure on migration, pp. 12–13". Pure, for server components.
import { formatSourcePages } from "../format/source-pages";

export { formatSourcePages };

/**
 * The source's short title followed by its pages, if any: "Interreg brochure on migration, pp. 12–13". Falls back to
 * the full title when there is no short title (only the synthetic benchmark source has none).
 */
export function sourceCitation(source: { shortTitle: string | null; title: string }, pages: readonly string[] = []): string {
  const name = source.shortTitle ?? source.title;
  const where = formatSourcePages(pages);
  return where ? `${name}, ${where}` : name;
}
