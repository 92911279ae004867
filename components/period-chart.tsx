import { useLocale } from "next-intl";
import { isRtl } from "@/lib/i18n/locales";
import type { AboutData } from "@/lib/catalogue/about-data";
import { seriesColours } from "@/lib/map/map-classes";

type Dataset = AboutData["datasets"][number];

/**
 * Stacked bars per programming period; the table under it carries the same numbers for screen readers. Time runs in
 * the direction of reading: from the right in Arabic.
 */
export function PeriodChart({ dataset }: { dataset: Dataset }) {
  const rtl = isRtl(useLocale());
  const max = Math.max(...dataset.totals);
  const colours = seriesColours(dataset.rows.length);
  const barW = 80,
    gap = 50,
    h = 180,
    left = 30;
  const width = left + dataset.periods.length * (barW + gap);
  return (
    <svg viewBox={`0 0 ${width} ${h + 40}`} className="h-auto w-full max-w-lg" aria-hidden="true">
      {dataset.periods.map((period, i) => {
        let y = h;
        const start = left + i * (barW + gap);
        const x = rtl ? width - start - barW + left - gap : start;
        return (
          <g key={period}>
            {dataset.rows.map((row, j) => {
              const hh = (row.values[i] / max) * (h - 10);
              y -= hh;
              return (
                <rect key={row.label} x={x} y={y} width={barW} height={hh} fill={colours[j]} className="stroke-paper" />
              );
            })}
            <text x={x + barW / 2} y={y - 4} textAnchor="middle" fontSize="13" className="fill-ink">
              {dataset.totals[i]}
            </text>
            <text x={x + barW / 2} y={h + 18} textAnchor="middle" fontSize="13" className="fill-ink">
              {period}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function PeriodLegend({ dataset }: { dataset: Dataset }) {
  const colours = seriesColours(dataset.rows.length);
  return (
    <ul className="mt-1 flex flex-wrap gap-3 text-xs" aria-hidden="true">
      {dataset.rows.map((r, j) => (
        <li key={r.label} className="flex items-center gap-1">
          <span className="inline-block h-3 w-4" style={{ background: colours[j] }} />
          {r.label}
        </li>
      ))}
    </ul>
  );
}
