import type { Metadata } from "next";
import { connection } from "next/server";
import { CatalogueResults } from "@/components/catalogue/catalogue-results";
import { FilterForm } from "@/components/catalogue/filter-form";
import { EmbedCode } from "@/components/embed/embed-code";
import { StartYearSection } from "@/components/trends/start-year-section";
import { getCatalogueView } from "@/lib/catalogue/catalogue-view";
import { describeFilters } from "@/lib/filters/describe-filters";
import { parseProjectFilters, toCanonicalSearch } from "@/lib/filters/project-filters";
import { absoluteUrl } from "@/lib/config";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ searchParams }: PageProps<"/projects">): Promise<Metadata> {
  const { filters } = parseProjectFilters(await searchParams);
  const search = toCanonicalSearch(filters);
  const { short, long } = describeFilters(filters);
  const title = short.length || long ? `Projects: ${[...short, long].filter(Boolean).join(" · ")}` : "Projects";
  const base = pageMetadata({
      title,
      description: "Browse, search and filter EU-funded projects for the integration of migrants, refugees and minorities.",
      path: `/projects${search}`,
      image: `/og/projects${search}`,
  });
  const feed = absoluteUrl(`/feed.xml${toCanonicalSearch({ ...filters, page: 1 })}`);
  return {
    ...base,
    alternates: { ...base.alternates, types: { "application/atom+xml": feed } },
    robots: filters.q ? { index: false, follow: true } : undefined,
  };
}

export default async function ProjectsPage({ searchParams }: PageProps<"/projects">) {
  await connection();
  const { filters, notices } = parseProjectFilters(await searchParams);
  const view = await getCatalogueView(filters);
  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
      <h1 className="text-3xl font-bold lg:col-span-2">Projects</h1>
      <aside aria-label="Filters" className="order-2 lg:order-1">
        <FilterForm filters={filters} facets={view.facets} />
      </aside>
      <div className="order-1 lg:order-2">
        <CatalogueResults filters={filters} view={view} notices={notices} />
        <StartYearSection filters={filters} />
        <EmbedCode path={`/embed/projects${toCanonicalSearch(filters)}`} title="Projects — Integration Atlas" />
      </div>
    </div>
  );
}
