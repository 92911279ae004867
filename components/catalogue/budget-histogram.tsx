import Link from "next/link";
import type { BudgetBand } from "@/lib/catalogue/project-facets";
import { projectsHref, withFilters, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatEurosCompact } from "@/lib/format/money";

/** How many projects fall in each budget band under the other filters; each bar links to that band. */
export function BudgetHistogram({ bands, notStated, filters }: { bands: BudgetBand[]; notStated: number; filters: ProjectFilters }) {
  const max = Math.max(1, ...bands.map((b) => b.count));
  return (
    <div className="mt-2">
      <ul className="flex h-24 items-end gap-1" aria-label="Projects per budget band">
        {bands.map((b) => {
          const label = `${formatEurosCompact(b.from)}${b.to ? `–${formatEurosCompact(b.to)}` : " and more"}`;
          const href = projectsHref(withFilters(filters, { min: b.from, max: b.to === null ? null : b.to - 1 }));
          return (
            <li key={b.from} className="flex h-full flex-1 flex-col justify-end">
              <Link href={href} className="block rounded-t bg-brand/80 hover:bg-brand" style={{ height: `${Math.max(b.count ? 6 : 2, (b.count / max) * 100)}%` }}
                aria-label={`${label}: ${b.count} projects`} title={`${label}: ${b.count} projects`} />
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
