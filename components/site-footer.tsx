import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { lastDataRelease, lastSeedFinishedAt } from "@/lib/server/seed-version";
import { formatPartialDate } from "@/lib/format/partial-date";
import { LICENCE } from "@/lib/seo/licence";
import { LogoMark } from "./logo-mark";

const LINKS = [
  { href: "/about", key: "about" },
  { href: "/data-dictionary", key: "dataDictionary" },
  { href: "/releases", key: "releases" },
  { href: "/api", key: "api" },
  { href: "/accessibility", key: "accessibility" },
] as const;

type Footer = Awaited<ReturnType<typeof getTranslations<"Footer">>>;

/** When the server has not read the seed yet (or never will: `next start` alone), the line is left out. */
function updatedLine(t: Footer, locale: Locale) {
  const date = lastSeedFinishedAt();
  if (!date) return null;
  const day = date.toISOString().slice(0, 10);
  return <p>{t.rich("updated", { date: () => <time dateTime={day}>{formatPartialDate(day, locale)}</time> })}</p>;
}

/** The latest data release, linking to the list of releases and what each changed (left out before the first). */
function releaseLine(t: Footer, locale: Locale) {
  const release = lastDataRelease();
  if (!release) return null;
  const day = release.releasedAt.toISOString().slice(0, 10);
  return (
    <p>
      <Link href="/releases" prefetch={false} className="inline-flex min-h-6 items-center">
        {/* One flex item, so the space stays inside the link's single underline. */}
        <span>{t.rich("release", { date: () => <time dateTime={day}>{formatPartialDate(day, locale)}</time> })}</span>
      </Link>
    </p>
  );
}

export async function SiteFooter() {
  const [t, site, licence, locale] = await Promise.all([
    getTranslations("Footer"),
    getTranslations("Site"),
    getTranslations("Licence"),
    getLocale(),
  ]);
  return (
    <footer className="mt-16 border-t-4 border-brand bg-wash text-sm text-muted print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="flex items-center gap-2 font-semibold text-ink">
            <LogoMark className="h-6 w-6" /> {site("name")}
          </p>
          <p>{t("about")}</p>
          <p>
            {licence.rich("sentence", {
              licence: () => (
                <a href={LICENCE.url} rel="license">
                  {LICENCE.name}
                </a>
              ),
            })}
          </p>
          {updatedLine(t, locale)}
          {releaseLine(t, locale)}
        </div>
        <nav aria-label={t("label")}>
          <ul className="space-y-1">
            {LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} prefetch={false} className="inline-flex min-h-6 items-center">
                  {t(`links.${l.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
