import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProjectFacets } from "@/lib/catalogue/project-facets";
import { activeFilterChips, type FilterChip } from "@/lib/filters/active-filter-chips";
import { DEFAULT_FILTERS, hasActiveFilters, projectsHref, type ProjectFilters } from "@/lib/filters/project-filters";
import type { Locale } from "@/lib/i18n/locales";

export function chipsOf(filters: ProjectFilters, facets: ProjectFacets, locale: Locale): FilterChip[] {
  return activeFilterChips(
    filters,
    (name, value) => facets.facets.find((f) => f.name === name)?.options.find((o) => o.value === value)?.label ?? value,
    locale,
  );
}

export async function ActiveFilters({ filters, facets }: { filters: ProjectFilters; facets: ProjectFacets }) {
  if (!hasActiveFilters(filters)) return null;
  const t = await getTranslations("Filters");
  const locale = await getLocale();
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2" aria-label={t("chips.label")} role="group">
      {chipsOf(filters, facets, locale).map((c) => (
        <Link
          key={c.href + c.label}
          href={c.href}
          prefetch={false}
          className="inline-flex min-h-8 items-center gap-1 rounded-full border border-brand px-3 py-1 text-sm no-underline hover:bg-wash"
        >
          {c.label} <span aria-hidden="true">×</span>
          <span className="sr-only"> {t("chips.remove")}</span>
        </Link>
      ))}
      <Link
        href={projectsHref({ ...DEFAULT_FILTERS, sort: "name" })}
        prefetch={false}
        className="inline-flex min-h-8 items-center text-sm"
      >
        {t("chips.clearAll")}
      </Link>
    </div>
  );
}
