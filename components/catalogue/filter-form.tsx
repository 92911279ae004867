import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { localHref } from "@/lib/i18n/server";
import type { ProjectFacets } from "@/lib/catalogue/project-facets";
import { activeFilterCount, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatCount, formatEuros } from "@/lib/format/money";
import { BudgetHistogram } from "./budget-histogram";
import { FacetOptions } from "./facet-options";
import { FilterAutoSubmit } from "./filter-auto-submit";
import { ShowResultsButton } from "./show-results-button";

/**
 * The filter panel: on phones a "Filters" disclosure at the top of the page (one Tab stop while closed); from the lg
 * breakpoint always open beside the results (app/globals.css, finder block). A plain GET form that returns to the
 * results (#results) without JavaScript; with it, FilterAutoSubmit applies changes without a reload.
 */
export async function FilterForm({
  filters,
  facets,
  total,
}: {
  filters: ProjectFilters;
  facets: ProjectFacets;
  total: number;
}) {
  const t = await getTranslations("Filters");
  const locale = await getLocale();
  const active = activeFilterCount(filters);
  const { amount } = filters;
  // Typed amounts read back in the page's language; every form here parses again (lib/filters/money-input.ts).
  const typed = (n: number | null) =>
    n === null ? "" : locale === DEFAULT_LOCALE ? n.toLocaleString("en-GB") : formatCount(n, locale);
  const min = filters.min === null ? null : formatEuros(filters.min, locale);
  const max = filters.max === null ? null : formatEuros(filters.max, locale);
  return (
    <details className="finder-filters rounded-lg border border-line lg:border-0">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-3 py-2 font-semibold lg:hidden">
        <span>
          {t("toggle")}
          {active > 0 && <span className="font-normal text-muted"> {t("applied", { count: active })}</span>}
        </span>
        <span aria-hidden="true" className="text-muted">
          ▾
        </span>
      </summary>
      <section aria-labelledby="filters-heading" className="px-3 pb-4 lg:px-0">
        <h2 id="filters-heading" className="text-lg font-bold">
          {t("heading")}
        </h2>
        <form
          id="filters"
          method="get"
          action={await localHref("/projects#results")}
          className="mt-2 space-y-5 text-sm"
        >
          <FilterAutoSubmit />
          {facets.facets.map((facet) => (
            <fieldset key={facet.name}>
              <legend className="font-semibold">{t(`facet.${facet.name}`)}</legend>
              {facet.name === "country" && (
                <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {(["any", "lead"] as const).map((role) => (
                    <label key={role} className="flex min-h-6 items-center gap-2">
                      <input
                        type="radio"
                        name="role"
                        value={role}
                        defaultChecked={filters.role === role}
                        className="size-5 accent-brand"
                      />
                      {role === "any" ? t("roleAny") : t("roleLead")}
                    </label>
                  ))}
                </div>
              )}
              <FacetOptions facet={facet} />
            </fieldset>
          ))}
          <fieldset>
            <legend className="font-semibold">{t("budgetLegend")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {(["total", "grant"] as const).map((a) => (
                <label key={a} className="flex min-h-6 items-center gap-2">
                  <input
                    type="radio"
                    name="amount"
                    value={a}
                    defaultChecked={filters.amount === a}
                    className="size-5 accent-brand"
                  />
                  {a === "total" ? t("amountTotal") : t("amountGrant")}
                </label>
              ))}
            </div>
            <BudgetHistogram bands={facets.histogram} notStated={facets.budgetNotStated} filters={filters} />
            <p id="budget-hint" className="mt-2 text-muted">
              {t("budgetHint")}
            </p>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <label className="block">
                {t("budgetFrom")}
                <input
                  name="min"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-describedby="budget-hint budget-understood"
                  defaultValue={typed(filters.min)}
                  className="mt-1 w-full rounded border border-muted px-2 py-1.5"
                />
              </label>
              <label className="block">
                {t("budgetTo")}
                <input
                  name="max"
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-describedby="budget-hint budget-understood"
                  defaultValue={typed(filters.max)}
                  className="mt-1 w-full rounded border border-muted px-2 py-1.5"
                />
              </label>
            </div>
            <p id="budget-understood" className="mt-1">
              {min !== null && max !== null
                ? t("understoodBetween", { amount, min, max })
                : min !== null
                  ? t("understoodFrom", { amount, min })
                  : max !== null
                    ? t("understoodUpTo", { amount, max })
                    : null}
            </p>
          </fieldset>
          <fieldset>
            <legend className="font-semibold">{t("yearsLegend")}</legend>
            <div className="mt-1 grid grid-cols-2 gap-2">
              <label className="block">
                {t("yearFrom")}
                <input
                  name="from"
                  inputMode="numeric"
                  pattern="[0-9]{4}"
                  defaultValue={filters.from ?? ""}
                  className="mt-1 w-full rounded border border-muted px-2 py-1.5"
                />
              </label>
              <label className="block">
                {t("yearTo")}
                <input
                  name="to"
                  inputMode="numeric"
                  pattern="[0-9]{4}"
                  defaultValue={filters.to ?? ""}
                  className="mt-1 w-full rounded border border-muted px-2 py-1.5"
                />
              </label>
            </div>
          </fieldset>
          {filters.sort !== "name" && filters.sort !== "relevance" && (
            <input type="hidden" name="sort" value={filters.sort} />
          )}
          <ShowResultsButton total={total} />
        </form>
      </section>
    </details>
  );
}
