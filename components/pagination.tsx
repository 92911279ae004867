import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Page numbers to show: the first, the last, and two either side of the current one; null marks a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const shown = [...new Set([1, pageCount, ...[-2, -1, 0, 1, 2].map((d) => page + d)])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
}

const ITEM = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-3 font-semibold";

/** Real links to every page (GOV.UK's pagination pattern): previous, numbers, next; works without JavaScript. */
export function Pagination({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label: string;
}) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  // "‹" and "›" are mirrored characters: in Arabic they point the way the pages run without any class.
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} prefetch={false} rel="prev" className={`${ITEM} no-underline hover:underline`}>
              {t.rich("previousPage", { sr })}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                prefetch={false}
                aria-current={n === page ? "page" : undefined}
                className={`${ITEM} ${n === page ? "bg-brand text-paper no-underline hover:text-paper" : "hover:bg-brand-wash"}`}
              >
                {t.rich("pageNumber", { sr, page: String(n) })}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} prefetch={false} rel="next" className={`${ITEM} no-underline hover:underline`}>
              {t.rich("nextPage", { sr })}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
