// Bars of projects per start year, drawn on the server as SVG. The chart is one image with a text alternative;
// the same figures (and the budgets) are in the table behind "Show the figures". Time runs in the direction of
// reading: from the right in Arabic, with the scale on the right.
import { useLocale, useTranslations } from "next-intl";
import type { StartYearTrend } from "@/lib/catalogue/trends";
import { formatCount, formatEuros } from "@/lib/format/money";
import { isRtl } from "@/lib/i18n/locales";

const W = 640;
const H = 220;
const PAD = { top: 16, right: 8, bottom: 28, left: 32 };
/** Coordinates to a tenth of a unit (a 640-unit chart): "35.5", not "35.46153846153846", in the HTML and the payload. */
const r = (n: number) => Math.round(n * 10) / 10;

export function StartYearChart({ trend, id }: { trend: StartYearTrend; id: string }) {
  const t = useTranslations("Trends");
  const locale = useLocale();
  const rtl = isRtl(locale);
  /** A left-to-right x as drawn for this language (mirrored in Arabic). */
  const side = (x: number) => (rtl ? W - x : x);
  const { years, notStated } = trend;
  const max = Math.max(1, ...years.map((y) => y.projects));
  const slot = (W - PAD.left - PAD.right) / Math.max(1, years.length);
  const bar = r(Math.max(2, slot * 0.7));
  const y = (n: number) => r(PAD.top + (H - PAD.top - PAD.bottom) * (1 - n / max));
  const labelEvery = Math.ceil(years.length / 12);
  const busiest = years.reduce<(typeof years)[number] | null>((a, b) => (a && a.projects >= b.projects ? a : b), null);
  const summary = years.length
    ? t("summary", {
        first: String(years[0].year),
        last: String(years[years.length - 1].year),
        most: busiest?.projects ?? 0,
        year: String(busiest?.year),
      }) + (notStated.projects ? ` ${t("summaryNotStated", { count: notStated.projects })}` : "")
    : t("none");
  const scaleAnchor = rtl ? "start" : "end";
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} className="h-auto w-full max-w-3xl">
        <title id={`${id}-title`}>{summary}</title>
        <line x1={side(PAD.left)} x2={side(W - PAD.right)} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#5b6470" />
        <text x={side(PAD.left - 4)} y={y(max) + 4} textAnchor={scaleAnchor} fontSize="11" fill="#3d4550">
          {formatCount(max, locale)}
        </text>
        <text x={side(PAD.left - 4)} y={H - PAD.bottom} textAnchor={scaleAnchor} fontSize="11" fill="#3d4550">
          {formatCount(0, locale)}
        </text>
        {years.map((d, i) => {
          const x = PAD.left + i * slot + (slot - bar) / 2;
          const drawn = r(rtl ? W - x - bar : x);
          return (
            <g key={d.year}>
              {d.projects > 0 && (
                <rect
                  x={drawn}
                  y={y(d.projects)}
                  width={bar}
                  height={r(H - PAD.bottom - y(d.projects))}
                  fill="#0b4f8a"
                />
              )}
              {i % labelEvery === 0 && (
                <text x={r(drawn + bar / 2)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#3d4550">
                  {d.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-sm text-muted">{summary}</p>
      <details className="mt-2">
        <summary className="inline-block min-h-6 cursor-pointer font-semibold">{t("showFigures")}</summary>
        <table className="mt-2 border-collapse text-start text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pe-4">
                {t("startYear")}
              </th>
              <th scope="col" className="py-1 pe-4 text-end">
                {t("projects")}
              </th>
              <th scope="col" className="py-1 text-end">
                {t("budget")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[
              ...years.map((d) => ({ ...d, label: String(d.year) })),
              ...(notStated.projects ? [{ ...notStated, label: t("notStated") }] : []),
            ].map((d) => (
              <tr key={d.label} className="border-b border-line">
                <th scope="row" className="py-1 pe-4 font-normal">
                  {d.label}
                </th>
                <td className="py-1 pe-4 text-end tabular-nums">{formatCount(d.projects, locale)}</td>
                <td className="py-1 text-end tabular-nums">
                  {d.budgetsStated ? formatEuros(d.totalBudget, locale) : t("notStated")}
                  {d.budgetsStated > 0 && d.budgetsStated < d.projects
                    ? ` ${t("partlyStated", { stated: formatCount(d.budgetsStated, locale), count: formatCount(d.projects, locale) })}`
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
