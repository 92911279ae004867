// Plain-language description of a set of filters, for titles, previews and feeds, in the page's language.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { countryName } from "../format/countries";
import { formatEuros } from "../format/money";
import type { ProjectFilters } from "./project-filters";

const humanise = (slug: string) => slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

/** "a or b or c" in English (as the catalogue has always written it), the language's own list elsewhere. */
function orList(items: string[], locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return items.join(" or ");
  return new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
}

export function describeFilters(f: ProjectFilters, locale: Locale = DEFAULT_LOCALE): { short: string[]; long: string } {
  const t = translator(locale, "Filters");
  const short: string[] = [];
  if (f.country.length) short.push(f.country.map((c) => countryName(c, locale)).join(", "));
  if (f.programme.length) short.push(f.programme.map(humanise).join(", "));
  if (f.theme.length) short.push(f.theme.map(humanise).join(", "));
  if (f.group.length) short.push(f.group.map(humanise).join(", "));
  const parts: string[] = [];
  if (f.q) parts.push(t("describe.matching", { q: f.q }));
  if (f.role === "lead" && f.country.length) parts.push(t("describe.ledFrom"));
  if (f.status.length)
    parts.push(
      t("describe.status", {
        statuses: orList(
          f.status.map((status) => t("describe.statusValue", { status })),
          locale,
        ),
      }),
    );
  const amount = f.amount;
  if (f.min !== null) parts.push(t("describe.amountFrom", { amount, value: formatEuros(f.min, locale) }));
  if (f.max !== null) parts.push(t("describe.amountUpTo", { amount, value: formatEuros(f.max, locale) }));
  if (f.from !== null || f.to !== null)
    parts.push(t("describe.active", { from: String(f.from ?? "…"), to: String(f.to ?? "…") }));
  return { short, long: parts.join("; ") };
}
