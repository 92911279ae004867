import type { ProjectFilters } from "@/lib/filters/project-filters";

/** The search field, part of the filter form (form="filters") though it sits above the results. */
export function SearchBox({ filters }: { filters: ProjectFilters }) {
  return (
    <div role="search" className="mb-4">
      <label htmlFor="q" className="block font-semibold">
        Search projects
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
          Search
        </button>
      </div>
      <p id="q-hint" className="mt-1 text-sm text-muted">
        Whole words; <kbd>word*</kbd> for words starting with it, <kbd>&quot;a phrase&quot;</kbd>, <kbd>OR</kbd>,{" "}
        <kbd>-word</kbd>.
      </p>
    </div>
  );
}
