// The languages of the catalogue: English at today's addresses, the others under /<code>/ (docs/i18n.md).
export const LOCALES = ["en", "de", "fr", "it", "uk", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The languages whose editorial text is translated from English (content/translations/<code>.json). */
export const TRANSLATED_LOCALES = LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== DEFAULT_LOCALE);

export const isLocale = (value: unknown): value is Locale => LOCALES.some((l) => l === value);

/** Written right to left. */
export const isRtl = (locale: Locale) => locale === "ar";

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  it: "Italiano",
  uk: "Українська",
  ar: "العربية",
};
