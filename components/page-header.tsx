import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";

export type Crumb = { href: string; label: string };

/** Breadcrumbs, the page's one h1 and an optional lead paragraph: the same top on every template. */
export function PageHeader({
  crumbs = [],
  kicker,
  title,
  lead,
  children,
}: {
  crumbs?: Crumb[];
  kicker?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const t = useTranslations("Common");
  return (
    <div className="mb-8 max-w-3xl">
      {crumbs.length > 0 && (
        <nav aria-label={t("breadcrumb")} className="mb-3 text-sm print:hidden">
          <ol className="flex flex-wrap items-center gap-x-2">
            {crumbs.map((c) => (
              <li key={c.href} className="flex items-center gap-x-2">
                <Link href={c.href} prefetch={false} className="text-ink">
                  {c.label}
                </Link>
                {/* The chevron points onwards in the reading direction: mirrored right to left. */}
                <span aria-hidden="true" className="text-muted rtl:-scale-x-100">
                  ›
                </span>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {kicker && <p className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">{kicker}</p>}
      <h1 className="text-2xl font-bold tracking-tight break-words sm:text-3xl">{title}</h1>
      {lead && <div className="mt-3 text-lg text-ink">{lead}</div>}
      {children}
    </div>
  );
}
