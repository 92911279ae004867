// The active filters as removable chips: each with its label and the filters (and URL) without it.
import { formatEuros } from "../format/money";
import { projectsHref, withFilters, type ProjectFilters } from "./project-filters";

export type FilterChip = { label: string; without: ProjectFilters; href: string };

/** `labelOf`: the label of a facet value (countries, themes, … as the facets name them). */
export function activeFilterChips(
  filters: ProjectFilters,
  labelOf: (facet: string, value: string) => string,
): FilterChip[] {
  const chips: FilterChip[] = [];
  const chip = (label: string, patch: Partial<ProjectFilters>) => {
    const without = withFilters(filters, patch);
    chips.push({ label, without, href: projectsHref(without) });
  };
  if (filters.q) chip(filters.q.includes('"') ? `Search: ${filters.q}` : `Search: “${filters.q}”`, { q: null });
  for (const key of ["country", "programme", "theme", "group", "status"] as const) {
    for (const value of filters[key]) {
      const prefix = key === "country" && filters.role === "lead" ? "Lead partner in " : "";
      chip(prefix + labelOf(key, value), { [key]: filters[key].filter((v) => v !== value) });
    }
  }
  const amount = filters.amount === "grant" ? "Contribution" : "Budget";
  if (filters.min !== null) chip(`${amount} from ${formatEuros(filters.min)}`, { min: null });
  if (filters.max !== null) chip(`${amount} up to ${formatEuros(filters.max)}`, { max: null });
  if (filters.from !== null) chip(`Active in or after ${filters.from}`, { from: null });
  if (filters.to !== null) chip(`Active in or before ${filters.to}`, { to: null });
  return chips;
}
