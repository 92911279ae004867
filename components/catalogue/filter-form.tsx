import type { ProjectFacets } from "@/lib/catalogue/project-facets";
import type { ProjectFilters } from "@/lib/filters/project-filters";
import { formatCount } from "@/lib/format/money";
import { BudgetHistogram } from "./budget-histogram";
import { FilterAutoSubmit } from "./filter-auto-submit";

const FACET_TITLES = { country: "Country", programme: "Programme or fund", theme: "Theme", group: "Target group", status: "Status (as of today)", budget: "Budget" } as const;

/** A plain GET form: works without JavaScript; with it, FilterAutoSubmit applies changes without a reload. */
export function FilterForm({ filters, facets }: { filters: ProjectFilters; facets: ProjectFacets }) {
  return (
    <form id="filters" method="get" action="/projects" aria-label="Filter projects" className="space-y-5 text-sm">
      <FilterAutoSubmit />
      <div>
        <label htmlFor="q" className="block font-semibold">Search</label>
        <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200}
          className="mt-1 w-full rounded border border-muted px-2 py-1.5" placeholder='e.g. refugees "labour market" -Finland' />
      </div>
      {facets.facets.map((facet) => (
        <fieldset key={facet.name}>
          <legend className="font-semibold">{FACET_TITLES[facet.name]}</legend>
          {facet.name === "country" && (
            <div className="mt-1 flex gap-3">
              {(["any", "lead"] as const).map((role) => (
                <label key={role} className="flex items-center gap-1">
                  <input type="radio" name="role" value={role} defaultChecked={filters.role === role} />
                  {role === "any" ? "any participant" : "lead partner"}
                </label>
              ))}
            </div>
          )}
          <ul className="mt-1 max-h-72 space-y-0.5 overflow-y-auto pr-1">
            {facet.options.map((o) => {
              const id = `${facet.name}-${o.value}`;
              const disabled = o.count === 0 && !o.selected;
              return (
                <li key={o.value} style={o.depth ? { paddingLeft: `${o.depth * 0.9}rem` } : undefined}>
                  <label htmlFor={id} className={`flex items-baseline gap-2 ${disabled ? "text-muted" : ""}`}>
                    <input id={id} type="checkbox" name={facet.name} value={o.value} defaultChecked={o.selected} disabled={disabled} />
                    <span className="flex-1">{o.label}</span>
                    <span className="tabular-nums text-muted" aria-label={`${o.count} projects`}>{formatCount(o.count)}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <fieldset>
        <legend className="font-semibold">Budget (whole euros)</legend>
        <div className="mt-1 flex gap-3">
          {(["total", "grant"] as const).map((a) => (
            <label key={a} className="flex items-center gap-1">
              <input type="radio" name="amount" value={a} defaultChecked={filters.amount === a} />
              {a === "total" ? "total budget" : "EU/EEA contribution"}
            </label>
          ))}
        </div>
        <BudgetHistogram bands={facets.histogram} notStated={facets.budgetNotStated} filters={filters} />
        <div className="mt-2 grid grid-cols-2 gap-2">
          <label className="block">From €<input name="min" inputMode="numeric" pattern="[0-9]*" defaultValue={filters.min ?? ""} className="mt-1 w-full rounded border border-muted px-2 py-1" /></label>
          <label className="block">To €<input name="max" inputMode="numeric" pattern="[0-9]*" defaultValue={filters.max ?? ""} className="mt-1 w-full rounded border border-muted px-2 py-1" /></label>
        </div>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">Active between the years</legend>
        <div className="mt-1 grid grid-cols-2 gap-2">
          <label className="block">From<input name="from" inputMode="numeric" pattern="[0-9]{4}" defaultValue={filters.from ?? ""} className="mt-1 w-full rounded border border-muted px-2 py-1" /></label>
          <label className="block">To<input name="to" inputMode="numeric" pattern="[0-9]{4}" defaultValue={filters.to ?? ""} className="mt-1 w-full rounded border border-muted px-2 py-1" /></label>
        </div>
      </fieldset>
      {filters.sort !== "name" && filters.sort !== "relevance" && <input type="hidden" name="sort" value={filters.sort} />}
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">Apply filters</button>
    </form>
  );
}
