// Atom feed of the newest projects for any /projects view: follow "new projects in Croatia about employment".
// One feed per language: /feed.xml in English, /de/feed.xml in German (titles, links and xml:lang).
import { newestProjects } from "../catalogue/newest-projects";
import { absoluteUrl } from "../config";
import { toCanonicalSearch, type ProjectFilters } from "../filters/project-filters";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { localisedPath } from "../i18n/paths";
import { describeView } from "./describe-view";

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/**
 * The root element of a feed in `locale`. English keeps its bytes from before languages; other languages state
 * theirs (xml:lang), and text still in English inside them says so on its own element.
 */
export function feedStart(locale: Locale): string {
  return locale === DEFAULT_LOCALE
    ? '<feed xmlns="http://www.w3.org/2005/Atom">'
    : `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`;
}

/** ` xml:lang="en"` on text that is English in a feed of another language; nothing in the English feed. */
export const englishText = (locale: Locale) => (locale === DEFAULT_LOCALE ? "" : ' xml:lang="en"');

/** The address of a feed or page in `locale`, absolute on the configured origin. */
export const localUrl = (locale: Locale, path: string) => absoluteUrl(localisedPath(locale, path));

export async function atomFeed(filters: ProjectFilters, limit = 50, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const t = translator(locale, "Feed");
  const rows = await newestProjects(filters, limit);
  const query = toCanonicalSearch({ ...filters, page: 1, sort: filters.q ? "relevance" : "name" });
  const { short, long } = describeView(filters, locale);
  const view = [...short, long].filter(Boolean).join(" · ");
  const title = view ? t("projectsTitleFor", { view }) : t("projectsTitle");
  const updated = (rows[0]?.created_at ?? new Date(0)).toISOString();
  const entries = rows.map((r) => {
    const url = localUrl(locale, `/projects/${r.slug}`);
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(r.acronym && r.acronym.toLowerCase() !== r.title.toLowerCase() ? `${r.acronym} — ${r.title}` : r.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${r.created_at.toISOString()}</updated>
    <summary${englishText(locale)}>${escapeXml(r.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
${feedStart(locale)}
  <id>${escapeXml(localUrl(locale, `/feed.xml${query}`))}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(localUrl(locale, `/feed.xml${query}`))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(localUrl(locale, `/projects${query}`))}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(translator(locale, "Site")("name"))}</name></author>
${entries.join("\n")}
</feed>
`;
}
