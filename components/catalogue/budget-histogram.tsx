import { Link } from "@/lib/i18n/navigation";
import type { BudgetBand } from "@/lib/catalogue/project-facets";
import { projectsHref, withFilters, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatEurosCompact } from "@/lib/format/money";

/** How many projects fall in each budget band under the other filters; each bar links to that band. */
export function BudgetHistogram({
  bands,
  notStated,
  filters,
}: {
  bands: BudgetBand[];
  notStated: number;
  filters: ProjectFilters;
}) {
  const max = Math.max(1, ...bands.map((b) => b.count));
  return (
    <div className="mt-2">
      <ul className="flex h-24 items-end gap-1" aria-label="Projects per budget band">
        {bands.map((b) => {
          const label = `${formatEurosCompact(b.from)}${b.to ? `–${formatEurosCompact(b.to)}` : " and more"}`;
          const href = projectsHref(withFilters(filters, { min: b.from, max: b.to === null ? null : b.to - 1 }));
          return (
            <li key={b.from} className="h-full min-w-6 flex-1">
              {/* The whole column is the link (a target of at least 24 px), the bar inside shows the count. */}
              <Link
                href={href}
                prefetch={false}
                className="group flex h-full flex-col justify-end"
                aria-label={`${label}: ${b.count} ${b.count === 1 ? "project" : "projects"}`}
                title={`${label}: ${b.count} projects`}
              >
                <span
                  className="block rounded-t bg-brand/80 group-hover:bg-brand"
                  style={{ height: `${Math.max(b.count ? 6 : 2, (b.count / max) * 100)}%` }}
                />
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>€ 0</span>
        <span>€ 5 M+</span>
      </div>
      {notStated > 0 && <p className="mt-1 text-xs text-muted">{notStated} without a stated amount.</p>}
    </div>
  );
}
