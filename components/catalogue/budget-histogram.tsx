import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { BudgetBand } from "@/lib/catalogue/project-facets";
import { projectsHref, withFilters, type ProjectFilters } from "@/lib/filters/project-filters";
import { formatEurosCompact } from "@/lib/format/money";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** "€ 250 k" in English (the catalogue's established form); the language's own short amounts elsewhere. */
function compactEuros(amount: number, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return formatEurosCompact(amount);
  return new Intl.NumberFormat(locale, {
    notation: "compact",
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(amount);
}

/** How many projects fall in each budget band under the other filters; each bar links to that band. */
export async function BudgetHistogram({
  bands,
  notStated,
  filters,
}: {
  bands: BudgetBand[];
  notStated: number;
  filters: ProjectFilters;
}) {
  const t = await getTranslations("Filters");
  const locale = await getLocale();
  const max = Math.max(1, ...bands.map((b) => b.count));
  return (
    <div className="mt-2">
      <ul className="flex h-24 items-end gap-1" aria-label={t("histogram")}>
        {bands.map((b) => {
          const from = compactEuros(b.from, locale);
          const label = b.to ? t("band", { from, to: compactEuros(b.to, locale) }) : t("bandOpen", { from });
          const href = projectsHref(withFilters(filters, { min: b.from, max: b.to === null ? null : b.to - 1 }));
          const counted = t("bandCount", { label, count: b.count });
          return (
            <li key={b.from} className="h-full min-w-6 flex-1">
              {/* The whole column is the link (a target of at least 24 px), the bar inside shows the count. */}
              <Link
                href={href}
                prefetch={false}
                className="group flex h-full flex-col justify-end"
                aria-label={counted}
                title={counted}
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
        <span>{locale === DEFAULT_LOCALE ? "€ 0" : compactEuros(0, locale)}</span>
        <span>{locale === DEFAULT_LOCALE ? "€ 5 M+" : `${compactEuros(5_000_000, locale)}+`}</span>
      </div>
      {notStated > 0 && <p className="mt-1 text-xs text-muted">{t("withoutAmount", { count: notStated })}</p>}
    </div>
  );
}
