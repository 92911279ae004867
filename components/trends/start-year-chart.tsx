// Bars of projects per start year, drawn on the server as SVG. The chart is one image with a text alternative;
// the same figures (and the budgets) are in the table behind "Show the figures".
import type { StartYearTrend } from "@/lib/catalogue/trends";
import { formatCount, formatEuros } from "@/lib/format/money";

const W = 640;
const H = 220;
const PAD = { top: 16, right: 8, bottom: 28, left: 32 };

export function StartYearChart({ trend, id }: { trend: StartYearTrend; id: string }) {
  const { years, notStated } = trend;
  const max = Math.max(1, ...years.map((y) => y.projects));
  const slot = (W - PAD.left - PAD.right) / Math.max(1, years.length);
  const bar = Math.max(2, slot * 0.7);
  const y = (n: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - n / max);
  const labelEvery = Math.ceil(years.length / 12);
  const busiest = years.reduce<(typeof years)[number] | null>((a, b) => (a && a.projects >= b.projects ? a : b), null);
  const summary = years.length
    ? `Projects by start year, ${years[0].year} to ${years[years.length - 1].year}: most (${busiest?.projects}) started in ${busiest?.year}.` +
      (notStated.projects ? ` ${notStated.projects} without a stated start are not in the chart.` : "")
    : "No project in this view states its start year.";
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} className="h-auto w-full max-w-3xl">
        <title id={`${id}-title`}>{summary}</title>
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#5b6470" />
        <text x={PAD.left - 4} y={y(max) + 4} textAnchor="end" fontSize="11" fill="#3d4550">
          {max}
        </text>
        <text x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end" fontSize="11" fill="#3d4550">
          0
        </text>
        {years.map((d, i) => {
          const x = PAD.left + i * slot + (slot - bar) / 2;
          return (
            <g key={d.year}>
              {d.projects > 0 && (
                <rect x={x} y={y(d.projects)} width={bar} height={H - PAD.bottom - y(d.projects)} fill="#0b4f8a" />
              )}
              {i % labelEvery === 0 && (
                <text x={x + bar / 2} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#3d4550">
                  {d.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-sm text-muted">{summary}</p>
      <details className="mt-2">
        <summary className="inline-block min-h-6 cursor-pointer font-semibold">Show the figures</summary>
        <table className="mt-2 border-collapse text-left text-sm">
          <caption className="sr-only">Projects and total budget stated, by start year</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-4">
                Start year
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                Projects
              </th>
              <th scope="col" className="py-1 text-right">
                Total budget stated
              </th>
            </tr>
          </thead>
          <tbody>
            {[
              ...years.map((d) => ({ ...d, label: String(d.year) })),
              ...(notStated.projects ? [{ ...notStated, label: "not stated" }] : []),
            ].map((d) => (
              <tr key={d.label} className="border-b border-line">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {d.label}
                </th>
                <td className="py-1 pr-4 text-right tabular-nums">{formatCount(d.projects)}</td>
                <td className="py-1 text-right tabular-nums">
                  {d.budgetsStated ? formatEuros(d.totalBudget) : "not stated"}
                  {d.budgetsStated > 0 && d.budgetsStated < d.projects
                    ? ` (${d.budgetsStated} of ${d.projects} stated)`
                    : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
