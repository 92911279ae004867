// How a page names a source document: by its title, publisher and pages, never by its file name; and the anchor of
// its own section on /about. (content/sources.json is to gain readable anchor ids; until then the anchor is derived
// from the file's sequence number, which is unique and stable.)
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { keptTranslator, type Translator } from "../i18n/messages";
import { formatSourcePages } from "./source-pages";

const keptCommon: Map<Locale, Translator<"Common">> = new Map();

type Source = { file: string; title: string; publisher: string | null; kind: string };

/** "source-004" for "004_87f3a4273544f461.txt". */
export function sourceAnchor(file: string): string {
  const stem = file.replace(/\.[a-z]+$/i, "");
  return `source-${/^\d+(?=_)/.exec(stem)?.[0] ?? stem}`;
}

/** "brochure" / "web page" (in the page's language), from content's "web-page" or the database's "web_page"; a kind
 * without a translation is shown with spaces. */
export function sourceKind(kind: string, locale: Locale = DEFAULT_LOCALE): string {
  const t = keptTranslator(keptCommon, locale, "Common");
  if (kind === "brochure") return t("sourceKind.brochure");
  if (kind === "web-page" || kind === "web_page") return t("sourceKind.webPage");
  return kind.replace(/[-_]/g, " ");
}

/** "Interreg brochure: 18 projects…, pp. 6–7" — title, publisher when stated, pages when stated. */
export function sourceCitation(source: Source, pages: readonly string[] = []): string {
  return [source.title, source.publisher, formatSourcePages(pages)].filter(Boolean).join(", ");
}
