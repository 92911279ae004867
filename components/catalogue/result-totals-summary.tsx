import { useLocale, useTranslations } from "next-intl";
import type { ResultFigure, ResultTotals } from "@/lib/catalogue/result-totals";
import { formatCount } from "@/lib/format/money";

/**
 * Reported results, added up like with like only: one figure per unit, achieved apart from planned, each saying how
 * many projects it comes from ("1,000 people" is never added to "1,000 copies", nor a target to an outcome).
 */
export function ResultTotalsSummary({ totals, total }: { totals: ResultTotals; total: number }) {
  const t = useTranslations("Finder");
  if (total === 0 || (totals.units.length === 0 && totals.planned.length === 0)) return null;
  return (
    <div className="mt-3 text-sm" data-testid="result-totals">
      <Group title={t("achieved")} count={totals.projectsWithFigures} total={total} figures={totals.units} />
      <Group title={t("planned")} count={totals.projectsWithPlanned} total={total} figures={totals.planned} />
      <p className="text-muted">{t("figuresNote")}</p>
    </div>
  );
}

function Group({
  title,
  count,
  total,
  figures,
}: {
  title: string;
  count: number;
  total: number;
  figures: ResultFigure[];
}) {
  const t = useTranslations("Finder");
  const locale = useLocale();
  if (figures.length === 0) return null;
  return (
    <p className="mb-1">
      <span className="font-semibold">{title}</span>{" "}
      <span className="text-muted">
        {t("figuresFrom", { stating: count, projects: t("projects", { count: total }) })}
      </span>{" "}
      {figures.map((f, i) => (
        <span key={f.unit}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <strong>{formatCount(f.total, locale)}</strong> {f.unit}{" "}
          <span className="text-muted">({t("projects", { count: f.projects })})</span>
          {i < figures.length - 1 && <span className="sr-only">;</span>}
        </span>
      ))}
    </p>
  );
}
