// The language of a page from its [locale] segment: validated (an unknown one is a 404) and made the language of
// everything the page renders (next-intl's setRequestLocale), so that layouts and pages agree.
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
