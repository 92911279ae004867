import type { Metadata } from "next";
import { connection } from "next/server";
import { CatalogueResults } from "@/components/catalogue/catalogue-results";
import { FilterForm } from "@/components/catalogue/filter-form";
import { getCatalogueView } from "@/lib/catalogue/catalogue-view";
import { parseProjectFilters } from "@/lib/filters/project-filters";

export const metadata: Metadata = {
  title: "Projects",
  description: "Browse, search and filter EU-funded projects for the integration of migrants, refugees and minorities.",
};

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
      </div>
    </div>
  );
}
