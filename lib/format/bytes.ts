// File sizes as people read them: bytes below 1 kB, then kB and MB (decimal units, one decimal below 10).
// English keeps its established "1.5 kB"; other languages write number and unit as Intl does ("1,5 ko", "1,5 кБ").
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { keptTranslator, type Translator } from "../i18n/messages";

const keptCommon: Map<Locale, Translator<"Common">> = new Map();

const UNITS = [
  ["kB", "kilobyte"],
  ["MB", "megabyte"],
  ["GB", "gigabyte"],
] as const;

export function formatBytes(bytes: number, locale: Locale = DEFAULT_LOCALE): string {
  if (bytes < 1000) return keptTranslator(keptCommon, locale, "Common")("bytes", { count: bytes });
  let value = bytes;
  let unit: (typeof UNITS)[number] = UNITS[0];
  for (const u of UNITS) {
    value /= 1000;
    unit = u;
    if (value < 1000) break;
  }
  const maximumFractionDigits = value < 10 ? 1 : 0;
  if (locale === DEFAULT_LOCALE) return `${value.toLocaleString("en-GB", { maximumFractionDigits })} ${unit[0]}`;
  return new Intl.NumberFormat(locale, { style: "unit", unit: unit[1], maximumFractionDigits }).format(value);
}
