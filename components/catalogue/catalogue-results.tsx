import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CatalogueView } from "@/lib/catalogue/catalogue-view";
import { explainSearch } from "@/lib/catalogue/search-explain";
import { projectsHref, withFilters, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatCount } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import { ProjectCard } from "../project/project-card";
import { ActiveFilters, chipsOf } from "./active-filters";
import { ExportPanel } from "./export-panel";
import { ResultTotalsSummary } from "./result-totals-summary";
import { Pagination, SortLinks } from "./sort-and-pages";

type Finder = Awaited<ReturnType<typeof getTranslations<"Finder">>>;

/**
 * The results column: what the view is (count, active filters, how the search was read, reported results, sort and
 * downloads), then the results heading (#results: the skip link's and the filter form's target) and the list itself,
 * so that the first result is one Tab stop after the heading.
 */
export async function CatalogueResults({
  filters,
  view,
  notices,
}: {
  filters: ProjectFilters;
  view: CatalogueView;
  notices: string[];
}) {
  const t = await getTranslations("Finder");
  const locale = await getLocale();
  const { search, totals } = view;
  const first = (search.page - 1) * 20 + 1;
  const last = first + search.items.length - 1;
  const explanation = explainSearch(view.resolution, locale);
  const range = { first: formatCount(first, locale), last: formatCount(last, locale) };
  return (
    <>
      {notices.length > 0 && (
        <div role="status" className="mb-4 rounded border border-flag/40 bg-flag-wash p-3 text-sm">
          <p className="font-semibold">{t("noticesTitle")}</p>
          <ul className="list-disc ps-5">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="text-lg">
        {t.rich("count", {
          count: search.total,
          total: formatCount(search.total, locale),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
        {search.total > 0 && search.pageCount > 1 && <span className="text-muted"> {t("showing", range)}</span>}
      </p>
      {explanation.length > 0 && (
        <div className="mt-2 rounded border border-line bg-wash p-3 text-sm" data-testid="search-explanation">
          {explanation.map((s) => (
            <p key={s}>{s}</p>
          ))}
        </div>
      )}
      <ActiveFilters filters={filters} facets={view.facets} />
      <ResultTotalsSummary totals={totals} total={search.total} />
      <div className="mt-3">
        <SortLinks filters={filters} />
      </div>
      {search.total > 0 && <ExportPanel filters={filters} total={search.total} />}
      <h2 id="results" tabIndex={-1} className="mt-5 scroll-mt-4 text-xl font-bold">
        {search.total === 0
          ? t("resultsNone")
          : search.pageCount > 1
            ? t("resultsRange", { ...range, total: formatCount(search.total, locale) })
            : t("results")}
      </h2>
      {search.total === 0 ? (
        <NoResults filters={filters} view={view} t={t} locale={locale} />
      ) : (
        <ul className="mt-3 space-y-4">
          {search.items.map((p) => (
            <li key={p.slug}>
              <ProjectCard project={p} />
            </li>
          ))}
        </ul>
      )}
      <Pagination filters={filters} page={search.page} pageCount={search.pageCount} />
    </>
  );
}

/** Only ways out that lead somewhere: each suggestion with the number of projects it gives, none at zero. */
function NoResults({
  filters,
  view,
  t,
  locale,
}: {
  filters: ProjectFilters;
  view: CatalogueView;
  t: Finder;
  locale: Locale;
}) {
  const removals = chipsOf(filters, view.facets, locale)
    .map((c) => ({ ...c, count: view.removals[c.href] ?? 0 }))
    .filter((c) => c.count > 0);
  return (
    <div className="mt-3 rounded-lg border border-line bg-wash p-4">
      <p className="font-semibold">{t("noMatch")}</p>
      {view.suggestions.map((s) => (
        <p key={s.q} className="mt-2">
          {t.rich("didYouMean", {
            q: s.q,
            projects: t("projects", { count: s.count }),
            link: (chunks) => (
              <Link href={projectsHref(withFilters(filters, { q: s.q }))} prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ))}
      {removals.length > 0 && (
        <>
          <p className="mt-2">{t("tryRemoving")}</p>
          <ul className="mt-1 space-y-1">
            {removals.map((c) => (
              <li key={c.href}>
                <Link href={c.href} prefetch={false} className="inline-flex min-h-6 items-center">
                  {t("removeFilter", { label: c.label, projects: t("projects", { count: c.count }) })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
