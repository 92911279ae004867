// Dates with a precision: "2019" (year), "2019-09" (month) or "2019-09-01" (day), written in the reader's language.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { keptTranslator, type Translator } from "../i18n/messages";

const keptFormat: Map<Locale, Translator<"Format">> = new Map();

/** The first day a partial date can mean, as a UTC midnight Date. */
export function firstDay(text: string): Date {
  const [y, m = 1, d = 1] = text.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The last day a partial date can mean, as a UTC midnight Date. */
export function lastDay(text: string): Date {
  const [y, m, d] = text.split("-").map(Number);
  if (d) return new Date(Date.UTC(y, m - 1, d));
  if (m) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

// Fixed three-letter months: Intl's en-GB writes "Sept", which reads oddly beside the other abbreviations.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withDay: boolean) {
  const key = `${locale}-${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      year: "numeric",
      month: "short",
      ...(withDay ? { day: "numeric" } : {}),
    });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2019" → "2019", "2019-09" → "Sep 2019", "2019-09-01" → "1 Sep 2019" (in English; Intl in other languages). */
export function formatPartialDate(text: string, locale: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = text.split("-").map(Number);
  if (!m)
    return locale === DEFAULT_LOCALE ? String(y) : new Intl.NumberFormat(locale, { useGrouping: false }).format(y);
  if (locale !== DEFAULT_LOCALE) return dateFormat(locale, Boolean(d)).format(new Date(Date.UTC(y, m - 1, d || 1)));
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/**
 * "1 Jan 2018 – 31 Dec 2019"; with one side unknown, a sentence that reads: "until 2020 (start not stated)",
 * "from 2019 (end not stated)". Null when neither is stated.
 */
export function formatPeriod(start: string | null, end: string | null, locale: Locale = DEFAULT_LOCALE): string | null {
  const t = keptTranslator(keptFormat, locale, "Format");
  if (start && end) return `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`;
  if (end) return t("until", { date: formatPartialDate(end, locale) });
  if (start) return t("from", { date: formatPartialDate(start, locale) });
  return null;
}
