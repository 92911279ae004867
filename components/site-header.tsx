import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";
import { LogoMark } from "./logo-mark";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const t = await getTranslations("Site");
  return (
    <header className="border-t-4 border-brand border-b border-b-line bg-paper print:hidden">
      <a
        href="#main"
        className="sr-only font-semibold focus:not-sr-only focus:absolute focus:start-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-paper focus:px-3 focus:py-2 focus:text-ink"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-1 px-4 pt-3 sm:px-6">
        <Link
          href="/"
          prefetch={false}
          className="mb-2 inline-flex min-h-11 items-center gap-2.5 text-lg font-bold tracking-tight text-ink no-underline hover:text-ink"
        >
          <LogoMark />
          <span>{t("name")}</span>
        </Link>
        <div className="flex flex-wrap items-end gap-x-2">
          <MainNav />
          {/* No Suspense boundary: pages render per request, so the switcher is in the HTML (works without JS). */}
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
