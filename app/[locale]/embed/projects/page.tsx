import type { Metadata } from "next";
import { connection } from "next/server";
import { EmbedProjectList } from "@/components/embed/embed-project-list";
import { EmbedSource } from "@/components/embed/embed-source";
import { searchProjects } from "@/lib/catalogue/search-projects";
import { describeFilters } from "@/lib/filters/describe-filters";
import { parseProjectFilters, toCanonicalSearch } from "@/lib/filters/project-filters";
import { formatCount } from "@/lib/format/money";

export const metadata: Metadata = { title: "Projects (embed)" };

export default async function EmbedProjectsPage({ searchParams }: PageProps<"/[locale]/embed/projects">) {
  await connection();
  const { filters } = parseProjectFilters(await searchParams);
  const search = await searchProjects(filters);
  const { short, long } = describeFilters(filters);
  const what = [...short, long].filter(Boolean).join(" · ");
  const path = `/projects${toCanonicalSearch(filters)}`;
  return (
    <>
      <h1 className="text-lg font-bold">Projects{what ? `: ${what}` : ""}</h1>
      <p className="text-muted">
        {formatCount(search.total)} {search.total === 1 ? "project" : "projects"}
        {search.pageCount > 1 ? `, page ${search.page} of ${search.pageCount}` : ""}
      </p>
      <EmbedProjectList items={search.items} />
      <EmbedSource
        path={path}
        label={`See ${search.total === 1 ? "it" : `all ${formatCount(search.total)}`} on Integration Atlas`}
      />
    </>
  );
}
