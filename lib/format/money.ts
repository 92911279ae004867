// Money in the reader's language: "€ 1,293,843" in English, "1.293.843 €" in German (Intl); unknown amounts are
// "not stated" (lib/i18n/messages, Format).
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { keptTranslator, type Translator } from "../i18n/messages";

const keptFormat: Map<Locale, Translator<"Format">> = new Map();

const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const numberFormats = new Map<Locale, Intl.NumberFormat>();
// Its own cache: sharing numberFormats made a percentage come out as a rounded count ("1" for 75 %).
const percentFormats = new Map<Locale, Intl.NumberFormat>();
const euroFormats = new Map<Locale, Intl.NumberFormat>();

function cached(map: Map<Locale, Intl.NumberFormat>, locale: Locale, options: Intl.NumberFormatOptions) {
  let format = map.get(locale);
  if (!format) map.set(locale, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function formatEuros(amount: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (amount === null || amount === undefined) return keptTranslator(keptFormat, locale, "Format")("notStated");
  // English keeps the catalogue's established "€ 1,293,843"; other languages place the sign as they write it.
  if (locale === DEFAULT_LOCALE) return `€ ${grouped.format(amount)}`;
  return cached(euroFormats, locale, {
    style: "currency",
    currency: "EUR",
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Compact form for headlines and previews: "€ 4.3 M", "€ 870 k". */
export function formatEurosCompact(amount: number): string {
  if (amount >= 1_000_000_000) return `€ ${(amount / 1_000_000_000).toFixed(1)} bn`;
  if (amount >= 1_000_000) return `€ ${(amount / 1_000_000).toFixed(1)} M`;
  if (amount >= 1_000) return `€ ${Math.round(amount / 1_000)} k`;
  return `€ ${amount}`;
}

/** Share of the grant in the total budget, e.g. 0.75 → "75.0 %"; null when either amount is unknown. */
export function cofinancingRate(total: number | null, grant: number | null): number | null {
  if (total === null || grant === null || total === 0) return null;
  return grant / total;
}

export function formatPercent(rate: number, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return `${(rate * 100).toFixed(1)} %`;
  return cached(percentFormats, locale, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

export function formatCount(n: number, locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE
    ? grouped.format(n)
    : cached(numberFormats, locale, { maximumFractionDigits: 0 }).format(n);
}
