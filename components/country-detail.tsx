import Link from "next/link";
import type { CountryPageData } from "@/lib/catalogue/countries";
import type { ProjectSearch } from "@/lib/catalogue/search-projects";
import { DEFAULT_FILTERS, projectsHref } from "@/lib/filters/project-filters";
import { ProjectCard } from "./project/project-card";

export function CountryDetailView({ data, projects }: { data: CountryPageData; projects: ProjectSearch }) {
  const { country, regions, organisations, organisationCount, partners } = data;
  const all = projectsHref({ ...DEFAULT_FILTERS, country: [country.code] });
  return (
    <>
      <p className="text-sm text-muted"><Link href="/countries">Countries</Link> <span aria-hidden="true">›</span> {country.name}</p>
      <h1 className="mt-2 text-3xl font-bold">{country.name}</h1>
      <p className="mt-2">
        {projects.total} {projects.total === 1 ? "project works" : "projects work"} in {country.name}.{" "}
        <Link href={all}>Filter and sort them in the catalogue</Link> ·{" "}
        <Link href={projectsHref({ ...DEFAULT_FILTERS, country: [country.code], role: "lead" })}>only those led from {country.name}</Link>
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="projects">
          <h2 id="projects" className="text-xl font-semibold">Projects</h2>
          <ul className="mt-3 space-y-4">{projects.items.map((p) => <li key={p.slug}><ProjectCard project={p} /></li>)}</ul>
          {projects.pageCount > 1 && <p className="mt-3"><Link href={`${all}&page=2`}>More projects in {country.name}</Link></p>}
        </section>
        <div className="space-y-6">
          <section aria-labelledby="regions">
            <h2 id="regions" className="text-lg font-semibold">Regions named</h2>
            {regions.length ? (
              <ul className="mt-2 space-y-1 text-sm">{regions.map((r) => (
                <li key={r.name}>
                  {r.name}: {r.first.map((project, i) => <span key={project.slug}>{i > 0 && ", "}<Link href={`/projects/${project.slug}`}>{project.acronym ?? project.title}</Link></span>)}
                  {r.projects > r.first.length && <span className="text-muted"> and {r.projects - r.first.length} more</span>}
                </li>
              ))}</ul>
            ) : <p className="mt-2 text-sm italic text-muted">No region named by the sources.</p>}
          </section>
          <section aria-labelledby="orgs">
            <h2 id="orgs" className="text-lg font-semibold">Organisations ({organisationCount})</h2>
            <ul className="mt-2 space-y-1 text-sm">{organisations.map((o) => <li key={o.slug}><Link href={`/organisations/${o.slug}`}>{o.name}</Link></li>)}</ul>
            {organisationCount > organisations.length && (
              <p className="mt-2 text-sm"><Link href={`/organisations?country=${country.code}`}>All {organisationCount} organisations in {country.name}</Link></p>
            )}
          </section>
          <section aria-labelledby="partner-countries">
            <h2 id="partner-countries" className="text-lg font-semibold">Partner countries</h2>
            <ul className="mt-2 space-y-1 text-sm">{partners.map((c) => <li key={c.code}><Link href={`/countries/${c.code.toLowerCase()}`}>{c.name}</Link> <span className="text-muted">({c.projects} shared {c.projects === 1 ? "project" : "projects"})</span></li>)}</ul>
          </section>
        </div>
      </div>
    </>
  );
}
