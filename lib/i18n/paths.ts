// Which addresses are pages in a language, and a page's address in another language.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

// Files and data, the same in every language: exports, feeds, API, previews, sitemaps, health check, icons.
const UNLOCALISED =
  /^\/(?:api\/|og\/|sitemaps\/|_next\/|healthz$|robots\.txt$|sitemap\.xml$|feed\.xml$|releases\.atom$|icon\.svg$|apple-icon(?:$|[./])|(?:projects|organisations|participations|compare)\.(?:csv|json)$)/;

/** Whether `path` (no query) is a page, shown in a language; everything else is served as it is. */
export const isLocalisedPath = (path: string) => !UNLOCALISED.test(path);

/** The language of a page's address and the address without it: "/de/projects" → ["de", "/projects"]. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  const first = path.split("/")[1];
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: path.slice(first.length + 1) || "/" };
  return { locale: DEFAULT_LOCALE, path };
}

/** A page's address in `locale`: "/projects?x" → "/de/projects?x"; English keeps today's addresses. */
export function localisedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}
