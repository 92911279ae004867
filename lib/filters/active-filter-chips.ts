// The active filters as removable chips: each with its label and the filters (and URL) without it.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { formatEuros } from "../format/money";
import { projectsHref, withFilters, type ProjectFilters } from "./project-filters";

export type FilterChip = { label: string; without: ProjectFilters; href: string };

/** `labelOf`: the label of a facet value (countries, themes, … as the facets name them). */
export function activeFilterChips(
  filters: ProjectFilters,
  labelOf: (facet: string, value: string) => string,
  locale: Locale = DEFAULT_LOCALE,
): FilterChip[] {
  const t = translator(locale, "Filters");
  const chips: FilterChip[] = [];
  const chip = (label: string, patch: Partial<ProjectFilters>) => {
    const without = withFilters(filters, patch);
    chips.push({ label, without, href: projectsHref(without) });
  };
  if (filters.q)
    chip(t(filters.q.includes('"') ? "chips.searchQuoted" : "chips.search", { q: filters.q }), { q: null });
  for (const key of ["country", "programme", "theme", "group", "status"] as const) {
    for (const value of filters[key]) {
      const label = labelOf(key, value);
      chip(key === "country" && filters.role === "lead" ? t("chips.leadIn", { country: label }) : label, {
        [key]: filters[key].filter((v) => v !== value),
      });
    }
  }
  const amount = filters.amount;
  if (filters.min !== null)
    chip(t("chips.amountFrom", { amount, value: formatEuros(filters.min, locale) }), { min: null });
  if (filters.max !== null)
    chip(t("chips.amountUpTo", { amount, value: formatEuros(filters.max, locale) }), { max: null });
  if (filters.from !== null) chip(t("chips.activeFrom", { year: String(filters.from) }), { from: null });
  if (filters.to !== null) chip(t("chips.activeTo", { year: String(filters.to) }), { to: null });
  return chips;
}
