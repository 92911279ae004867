import { useLocale, useTranslations } from "next-intl";
import { cofinancingRate, formatEuros, formatPercent } from "@/lib/format/money";

/** Grant share of the total budget as a bar; the figures are in text beside it, the bar itself is decorative. */
export function BudgetBar({
  total,
  grant,
  grantLabel,
}: {
  total: number | null;
  grant: number | null;
  grantLabel: string;
}) {
  const t = useTranslations("Finder");
  const locale = useLocale();
  const rate = cofinancingRate(total, grant);
  if (rate === null) return null;
  return (
    <figure className="mt-3">
      <div aria-hidden="true" className="h-4 w-full overflow-hidden rounded bg-line">
        <div className="h-full bg-brand" style={{ width: `${Math.min(100, rate * 100).toFixed(1)}%` }} />
      </div>
      <figcaption className="mt-1 text-sm text-muted">
        {t("budgetBar", {
          grantLabel,
          grant: formatEuros(grant, locale),
          total: formatEuros(total, locale),
          rate: formatPercent(rate, locale),
        })}
      </figcaption>
    </figure>
  );
}
