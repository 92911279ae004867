// Title, description, canonical URL, OpenGraph and Twitter tags of a page, all on the configured origin.
import type { Metadata } from "next";
import { absoluteUrl } from "../config";
import { clipWords } from "../format/text";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { localisedPath } from "../i18n/paths";

const OG_LOCALES: Record<Locale, string> = {
  en: "en_GB",
  de: "de_DE",
  fr: "fr_FR",
  it: "it_IT",
  uk: "uk_UA",
  ar: "ar_AR",
};

/** OpenGraph's name of a language ("de_DE"). */
export const ogLocale = (locale: Locale) => OG_LOCALES[locale];

/**
 * The canonical address of a page in `locale` and its addresses in every language (hreflang), English as x-default.
 * `path` is the English address with its canonical query.
 */
export function languageAlternates(path: string, locale: Locale) {
  const languages: Record<string, string> = Object.fromEntries(
    LOCALES.map((l) => [l, absoluteUrl(localisedPath(l, path))]),
  );
  languages["x-default"] = absoluteUrl(localisedPath(DEFAULT_LOCALE, path));
  return { canonical: absoluteUrl(localisedPath(locale, path)), languages };
}

/**
 * The preview image of a page that is not one record: /og/page/<id>, where id is its path ("home" for /), in the
 * page's language (/de/og/page/<id>; English at today's address).
 */
export function pagePreviewImage(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return localisedPath(locale, `/og/page/${path === "/" ? "home" : path.replace(/^\//, "")}`);
}

/** A preview image's address in `locale`: "/og/project/arc" → "/de/og/project/arc"; other images as they are. */
const previewIn = (locale: Locale, image: string) => (image.startsWith("/og/") ? localisedPath(locale, image) : image);

/** Every page has a preview image: its record's card, or the card of its page kind. */
export function pageMetadata(page: {
  title: string;
  description: string;
  /** The English address; the page's own is derived per language. */
  path: string;
  locale: Locale;
  image?: string;
}): Metadata {
  const alternates = languageAlternates(page.path, page.locale);
  const url = alternates.canonical;
  const images = [
    {
      url: absoluteUrl(page.image ? previewIn(page.locale, page.image) : pagePreviewImage(page.path, page.locale)),
      width: 1200,
      height: 630,
      alt: page.title,
    },
  ];
  return {
    title: page.title,
    description: page.description,
    alternates,
    openGraph: {
      type: "website",
      siteName: "Integration Atlas",
      locale: ogLocale(page.locale),
      alternateLocale: LOCALES.filter((l) => l !== page.locale).map(ogLocale),
      url,
      title: page.title,
      description: page.description,
      images,
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: images.map((i) => i.url),
    },
  };
}

/** A description that fits previews: whole words, at most `max` characters. */
export function clip(text: string, max = 200): string {
  return clipWords(text, max);
}
