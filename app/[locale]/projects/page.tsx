import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { connection } from "next/server";
import { CatalogueResults } from "@/components/catalogue/catalogue-results";
import { FilterForm } from "@/components/catalogue/filter-form";
import { SearchBox } from "@/components/catalogue/search-box";
import { EmbedCode } from "@/components/embed/embed-code";
import { StartYearSection } from "@/components/trends/start-year-section";
import { getCatalogueView } from "@/lib/catalogue/catalogue-view";
import { projectsByStartYear } from "@/lib/catalogue/trends";
import { describeFilters } from "@/lib/filters/describe-filters";
import { parseProjectFilters, toCanonicalSearch } from "@/lib/filters/project-filters";
import { localUrl } from "@/lib/feed/atom";
import { pageLocale } from "@/lib/i18n/page-locale";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params, searchParams }: PageProps<"/[locale]/projects">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Finder" });
  const { filters } = parseProjectFilters(await searchParams, locale);
  const search = toCanonicalSearch(filters);
  const { short, long } = describeFilters(filters, locale);
  const what = [...short, long].filter(Boolean).join(" · ");
  const base = pageMetadata({
    locale,
    title: what ? t("metaTitleFiltered", { what }) : t("metaTitle"),
    description: t("metaDescription"),
    path: `/projects${search}`,
    image: `/og/projects${search}`,
  });
  const feed = localUrl(locale, `/feed.xml${toCanonicalSearch({ ...filters, page: 1 })}`);
  return {
    ...base,
    alternates: { ...base.alternates, types: { "application/atom+xml": feed } },
    robots: filters.q ? { index: false, follow: true } : undefined,
  };
}

export default async function ProjectsPage({ params, searchParams }: PageProps<"/[locale]/projects">) {
  await connection();
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Finder" });
  const { filters, notices } = parseProjectFilters(await searchParams, locale);
  const [view, trend] = await Promise.all([
    getCatalogueView(filters, locale),
    projectsByStartYear({ ...filters, lang: locale, page: 1 }),
  ]);
  // DOM order: skip link, search, filters (a disclosure on phones, the start column on desktop), then the results.
  return (
    <div>
      <a href="#results" className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:bg-paper focus:p-2">
        {t("skipToResults")}
      </a>
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      <div className="mt-4 grid gap-4 lg:grid-cols-[18rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-8">
        <div className="min-w-0 lg:col-start-2">
          <SearchBox filters={filters} />
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <FilterForm filters={filters} facets={view.facets} total={view.search.total} />
        </div>
        <div className="min-w-0 lg:col-start-2">
          <CatalogueResults filters={filters} view={view} notices={notices} />
          <StartYearSection trend={trend} />
          <EmbedCode path={`/embed/projects${toCanonicalSearch(filters)}`} title={t("embedTitle")} />
        </div>
      </div>
    </div>
  );
}
