// How languages appear in addresses (next-intl): English at today's addresses, /de/…, /fr/… for the others.
// No language is guessed from Accept-Language or a cookie: every visitor of a URL gets the same page, so that
// HTTP caches can hold it (docs/decisions/003); the language switcher and hreflang links do the rest.
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // The pages state their alternates in <head> (lib/seo/page-metadata.ts), with the query string kept.
  alternateLinks: false,
});
