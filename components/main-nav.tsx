"use client";
// The main navigation marks the current section with aria-current="page". The path is read while rendering on the
// server too, so the mark is in the HTML for visitors without JavaScript.
import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { usePathname } from "@/lib/i18n/navigation";

const NAV = [
  { href: "/projects", key: "projects" },
  { href: "/countries", key: "countries" },
  { href: "/programmes", key: "programmes" },
  { href: "/organisations", key: "organisations" },
  { href: "/about", key: "about" },
] as const;

export function MainNav() {
  const t = useTranslations("Nav");
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={t("label")} className="-mx-2 sm:mx-0">
      <ul className="flex flex-wrap gap-x-1 text-sm sm:text-base">
        {NAV.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-2 font-semibold no-underline hover:text-brand-dark hover:underline ${current ? "border-brand text-ink" : "border-transparent text-brand"}`}
              >
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
