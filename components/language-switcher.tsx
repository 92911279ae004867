"use client";
// The same page in another language: path and query kept (filters, page), only the language prefix changes.
// Derived from the address alone, so the HTML is the same for every visitor of a URL. A disclosure that works
// without JavaScript; each link names its language in that language (lang, hrefLang).
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { localisedPath } from "@/lib/i18n/paths";

export function LanguageSwitcher() {
  const t = useTranslations("Language");
  const locale = useLocale();
  const path = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  const here = query ? `${path}?${query}` : path;
  return (
    <details className="group relative mb-2 text-sm">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-md px-2 font-semibold text-brand hover:text-brand-dark hover:underline [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current stroke-[1.6]">
          <circle cx="10" cy="10" r="8" />
          <path d="M2 10h16M10 2c2.2 2.2 3.3 4.9 3.3 8s-1.1 5.8-3.3 8M10 2C7.8 4.2 6.7 6.9 6.7 10s1.1 5.8 3.3 8" />
        </svg>
        <span className="sr-only">{t("label")}: </span>
        <span lang={locale}>{LOCALE_NAMES[locale]}</span>
        <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <ul className="absolute end-0 z-40 mt-1 min-w-44 rounded-md border border-line bg-paper py-1 shadow-lg">
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={localisedPath(l, here)}
              hrefLang={l}
              lang={l}
              aria-current={l === locale ? "true" : undefined}
              className={`flex min-h-11 items-center px-4 no-underline hover:bg-wash hover:underline ${l === locale ? "font-semibold text-ink" : "text-brand"}`}
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
