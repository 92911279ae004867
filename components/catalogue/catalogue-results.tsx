import Link from "next/link";
import type { CatalogueView } from "@/lib/catalogue/catalogue-view";
import { projectsHref, withFilters, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatCount } from "@/lib/format/money";
import { ProjectCard } from "../project/project-card";
import { ActiveFilters, activeFilterChips } from "./active-filters";
import { ExportPanel } from "./export-panel";
import { Pagination, SortLinks } from "./sort-and-pages";

export function CatalogueResults({ filters, view, notices }: { filters: ProjectFilters; view: CatalogueView; notices: string[] }) {
  const { search, totals } = view;
  const first = (search.page - 1) * 20 + 1;
  return (
    <>
      {notices.length > 0 && (
        <div role="status" className="mb-4 rounded border border-flag/40 bg-flag-wash p-3 text-sm">
          <p className="font-semibold">Some parts of the address were not understood and were left out:</p>
          <ul className="list-disc pl-5">{notices.map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      )}
      <p role="status" className="text-lg">
        <strong>{formatCount(search.total)}</strong> {search.total === 1 ? "project" : "projects"}
        {search.total > 0 && search.pageCount > 1 && <span className="text-muted"> · showing {first}–{first + search.items.length - 1}</span>}
      </p>
      <ActiveFilters filters={filters} facets={view.facets} />
      {totals.units.length > 0 && (
        <p className="mt-3 text-sm">
          {totals.projectsWithFigures === 1 ? "This project reports" : `These ${formatCount(totals.projectsWithFigures)} projects report`}{" "}
          {totals.units.map((u, i) => (
            <span key={u.unit}>
              {i > 0 && (i === totals.units.length - 1 ? " and " : ", ")}
              <strong>{formatCount(u.total)}</strong> {u.unit}
            </span>
          ))}
          {totals.projectsWithout > 0 && <span className="text-muted"> ({formatCount(totals.projectsWithout)} report no figures)</span>}.
        </p>
      )}
      <div className="mt-3">
        <SortLinks filters={filters} />
      </div>
      {search.total > 0 && <ExportPanel filters={filters} total={search.total} />}
      {search.total === 0 ? (
        <NoResults filters={filters} view={view} />
      ) : (
        <ul className="mt-4 space-y-4">
          {search.items.map((p) => <li key={p.slug}><ProjectCard project={p} /></li>)}
        </ul>
      )}
      <Pagination filters={filters} page={search.page} pageCount={search.pageCount} />
    </>
  );
}

function NoResults({ filters, view }: { filters: ProjectFilters; view: CatalogueView }) {
  const chips = activeFilterChips(filters, view.facets);
  return (
    <div className="mt-6 rounded-lg border border-line bg-wash p-4">
      <h2 className="font-semibold">No project matches all of these filters.</h2>
      {view.suggestions.map((s) => (
        <p key={s} className="mt-2">Did you mean <Link href={projectsHref(withFilters(filters, { q: s }))}>{s}</Link>?</p>
      ))}
      {chips.length > 0 && (
        <>
          <p className="mt-2">Try removing a filter:</p>
          <ul className="list-disc pl-5">{chips.map((c) => <li key={c.href}><Link href={c.href}>Remove “{c.label}”</Link></li>)}</ul>
        </>
      )}
    </div>
  );
}
