import { getTranslations } from "next-intl/server";
import type { ProjectFilters } from "@/lib/filters/project-filters";

/** The search field, part of the filter form (form="filters") though it sits above the results. */
export async function SearchBox({ filters }: { filters: ProjectFilters }) {
  const t = await getTranslations("Finder");
  return (
    <div role="search" className="mb-4">
      <label htmlFor="q" className="block font-semibold">
        {t("searchLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="q"
          name="q"
          type="search"
          form="filters"
          defaultValue={filters.q ?? ""}
          maxLength={200}
          aria-describedby="q-hint"
          className="min-w-0 flex-1 rounded border border-muted px-2 py-2"
        />
        <button
          type="submit"
          form="filters"
          className="min-h-11 rounded bg-brand px-4 font-semibold text-white hover:bg-brand-dark"
        >
          {t("searchButton")}
        </button>
      </div>
      <p id="q-hint" className="mt-1 text-sm text-muted">
        {t.rich("searchHint", { kbd: (chunks) => <kbd dir="auto">{chunks}</kbd> })}
      </p>
    </div>
  );
}
