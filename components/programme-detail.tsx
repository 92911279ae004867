import Link from "next/link";
import type { ProgrammePageData } from "@/lib/catalogue/programmes";
import type { ProjectSearch } from "@/lib/catalogue/search-projects";
import { DEFAULT_FILTERS, projectsHref } from "@/lib/filters/project-filters";
import { ProjectCard } from "./project/project-card";

export function ProgrammeDetailView({ data, projects }: { data: ProgrammePageData; projects: ProjectSearch }) {
  const { programme, path, children, datasetRows } = data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/programmes">Programmes</Link>
        {path.slice(0, -1).map((p) => <span key={p.slug}> <span aria-hidden="true">›</span> <Link href={`/programmes/${p.slug}`}>{p.shortName ?? p.name}</Link></span>)}
      </nav>
      <h1 className="mt-2 text-3xl font-bold">{programme.name}</h1>
      <p className="mt-2 max-w-3xl">{programme.description}</p>
      {children.length > 0 && (
        <p className="mt-3 text-sm">Includes: {children.map((c, i) => <span key={c.slug}>{i > 0 && ", "}<Link href={`/programmes/${c.slug}`}>{c.shortName ?? c.name}</Link></span>)}</p>
      )}
      {datasetRows.map((row) => (
        <section key={row.dataset.slug} aria-labelledby={`ds-${row.dataset.slug}`} className="mt-6">
          <h2 id={`ds-${row.dataset.slug}`} className="text-lg font-semibold">{row.dataset.title}</h2>
          <table className="mt-2 text-sm"><thead><tr>{row.dataset.periods.map((p) => <th key={p} scope="col" className="px-3 py-1 text-right">{p}</th>)}</tr></thead>
            <tbody><tr>{row.values.map((v, i) => <td key={i} className="px-3 py-1 text-right tabular-nums">{v}</td>)}</tr></tbody></table>
          <p className="text-xs text-muted">Migration-related projects, as counted by the Interreg brochure. <Link href="/about#interreg-projects-by-period">All strands</Link>.</p>
        </section>
      ))}
      <section aria-labelledby="projects" className="mt-8">
        <h2 id="projects" className="text-xl font-semibold">{projects.total} catalogued {projects.total === 1 ? "project" : "projects"}</h2>
        <p className="text-sm"><Link href={projectsHref({ ...DEFAULT_FILTERS, programme: [programme.slug] })}>Filter these in the catalogue</Link></p>
        <ul className="mt-3 space-y-4">{projects.items.map((p) => <li key={p.slug}><ProjectCard project={p} /></li>)}</ul>
      </section>
    </>
  );
}
