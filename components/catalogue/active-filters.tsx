import Link from "next/link";
import type { ProjectFacets } from "@/lib/catalogue/project-facets";
import { DEFAULT_FILTERS, hasActiveFilters, projectsHref, withFilters, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatEuros } from "@/lib/format/money";

type Chip = { label: string; href: string };

export function activeFilterChips(filters: ProjectFilters, facets: ProjectFacets): Chip[] {
  const chips: Chip[] = [];
  const labelOf = (name: string, value: string) =>
    facets.facets.find((f) => f.name === name)?.options.find((o) => o.value === value)?.label ?? value;
  if (filters.q) chips.push({ label: `Search: “${filters.q}”`, href: projectsHref(withFilters(filters, { q: null })) });
  for (const key of ["country", "programme", "theme", "group", "status"] as const) {
    for (const value of filters[key]) {
      const prefix = key === "country" && filters.role === "lead" ? "Lead partner in " : "";
      chips.push({ label: prefix + labelOf(key, value), href: projectsHref(withFilters(filters, { [key]: filters[key].filter((v) => v !== value) })) });
    }
  }
  const amount = filters.amount === "grant" ? "Contribution" : "Budget";
  if (filters.min !== null) chips.push({ label: `${amount} at least ${formatEuros(filters.min)}`, href: projectsHref(withFilters(filters, { min: null })) });
  if (filters.max !== null) chips.push({ label: `${amount} at most ${formatEuros(filters.max)}`, href: projectsHref(withFilters(filters, { max: null })) });
  if (filters.from !== null) chips.push({ label: `Active in or after ${filters.from}`, href: projectsHref(withFilters(filters, { from: null })) });
  if (filters.to !== null) chips.push({ label: `Active in or before ${filters.to}`, href: projectsHref(withFilters(filters, { to: null })) });
  return chips;
}

export function ActiveFilters({ filters, facets }: { filters: ProjectFilters; facets: ProjectFacets }) {
  if (!hasActiveFilters(filters)) return null;
  const chips = activeFilterChips(filters, facets);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {chips.map((c) => (
        <Link key={c.href + c.label} href={c.href} className="rounded-full border border-brand px-3 py-1 text-sm no-underline hover:bg-wash">
          {c.label} <span aria-hidden="true">×</span>
          <span className="sr-only"> (remove this filter)</span>
        </Link>
      ))}
      <Link href={projectsHref({ ...DEFAULT_FILTERS, sort: "name" })} className="text-sm">Clear all</Link>
    </div>
  );
}
