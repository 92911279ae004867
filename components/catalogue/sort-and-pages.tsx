import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { projectsHref, SORTS, type ProjectFilters } from "@/lib/filters/project-filters";

export function SortLinks({ filters }: { filters: ProjectFilters }) {
  const t = useTranslations("Sort");
  const options = SORTS.filter((s) => s !== "relevance" || filters.q);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-x-3 text-sm">
      <span className="text-muted">{t("by")}</span>
      <ul className="flex flex-wrap items-center gap-x-3">
        {options.map((s) => (
          <li key={s} className="flex items-center">
            {s === filters.sort ? (
              <span aria-current="true" className="inline-flex min-h-6 items-center font-semibold">
                {t(`options.${s}`)}
              </span>
            ) : (
              <Link
                href={projectsHref({ ...filters, sort: s, page: 1 })}
                prefetch={false}
                className="inline-flex min-h-6 items-center"
              >
                {t(`options.${s}`)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Pagination({ filters, page, pageCount }: { filters: ProjectFilters; page: number; pageCount: number }) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={t("label")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link
              rel="prev"
              href={projectsHref({ ...filters, page: page - 1 })}
              prefetch={false}
              className="inline-flex min-h-6 items-center gap-1"
            >
              <span className="inline-block rtl:-scale-x-100">←</span> {t("previous")}
            </Link>
          </li>
        )}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - pages[i - 1] > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span
                aria-current="page"
                className="inline-flex min-h-6 min-w-6 items-center justify-center rounded bg-brand px-2 font-semibold text-white"
              >
                {p}
              </span>
            ) : (
              <Link
                href={projectsHref({ ...filters, page: p })}
                aria-label={t("page", { page: String(p) })}
                prefetch={false}
                className="inline-flex min-h-6 min-w-6 items-center justify-center"
              >
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link
              rel="next"
              href={projectsHref({ ...filters, page: page + 1 })}
              prefetch={false}
              className="inline-flex min-h-6 items-center gap-1"
            >
              {t("next")} <span className="inline-block rtl:-scale-x-100">→</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
