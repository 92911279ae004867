// A /projects view in words, in the reader's language, for feed titles and preview cards. English is
// lib/filters/describe-filters.ts itself (the same bytes as before languages); other languages say the same parts
// with lib/i18n/messages (Sharing.view). Programme, theme and group names are shown as their address keys until
// the database holds their translated names.
import { describeFilters } from "../filters/describe-filters";
import type { ProjectFilters } from "../filters/project-filters";
import { countryName } from "../format/countries";
import { formatEuros } from "../format/money";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";

const humanise = (slug: string) => slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

export function describeView(f: ProjectFilters, locale: Locale): { short: string[]; long: string } {
  if (locale === DEFAULT_LOCALE) return describeFilters(f);
  const t = translator(locale, "Sharing");
  const list = (items: string[], type: "conjunction" | "disjunction" = "conjunction") =>
    new Intl.ListFormat(locale, { style: "long", type }).format(items);
  const short: string[] = [];
  if (f.country.length) short.push(list(f.country.map((c) => countryName(c, locale))));
  for (const slugs of [f.programme, f.theme, f.group]) if (slugs.length) short.push(list(slugs.map(humanise)));
  const parts: string[] = [];
  if (f.q) parts.push(t("view.matching", { q: f.q }));
  if (f.role === "lead" && f.country.length) parts.push(t("view.ledFrom"));
  if (f.status.length)
    parts.push(
      t("view.status", {
        statuses: list(
          f.status.map((status) => t("view.statusValue", { status })),
          "disjunction",
        ),
      }),
    );
  if (f.min !== null) parts.push(t("view.from", { amount: f.amount, value: formatEuros(f.min, locale) }));
  if (f.max !== null) parts.push(t("view.upTo", { amount: f.amount, value: formatEuros(f.max, locale) }));
  if (f.from !== null || f.to !== null) parts.push(t("view.active", { from: f.from ?? "…", to: f.to ?? "…" }));
  return { short, long: parts.join("; ") };
}
