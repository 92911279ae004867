// The language of a feed or preview image under /<locale>/ (app/[locale]/feed.xml, app/[locale]/og/…). English is
// served at today's addresses (app/feed.xml, app/og/…); /en/… is redirected there by next-intl, so only the other
// languages are valid here.
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";

export async function prefixedLocale(params: Promise<{ locale: string }>): Promise<Locale | null> {
  const { locale } = await params;
  return isLocale(locale) && locale !== DEFAULT_LOCALE ? locale : null;
}

export const notFoundResponse = () =>
  new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
