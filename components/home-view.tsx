import { getLocale, getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { localHref } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import type { listCountries } from "@/lib/catalogue/countries";
import type { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import type { listProgrammes } from "@/lib/catalogue/programmes";
import { countryName } from "@/lib/format/countries";
import { formatCount, formatEuros } from "@/lib/format/money";
import { CountryMap } from "./country-map";
import { Button, CHIP, FIELD } from "./ui";

type Props = {
  figures: Awaited<ReturnType<typeof getHeadlineFigures>>;
  countries: Awaited<ReturnType<typeof listCountries>>;
  programmes: Awaited<ReturnType<typeof listProgrammes>>["programmes"];
};

function Count({ n }: { n: number }) {
  const t = useTranslations("Home");
  return (
    <span className="text-muted tabular-nums">
      {t.rich("count", { count: n, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
    </span>
  );
}

// Lists on this page link without prefetching: a visit should not fetch every country, programme and theme.
export async function HomeView({ figures, countries, programmes }: Props) {
  const [t, locale] = await Promise.all([getTranslations("Home"), getLocale()]);
  const withProjects = countries.filter((c) => c.projects > 0);
  const stats = [
    { label: t("stats.projects"), value: formatCount(figures.projects, locale), href: "/projects", wide: false },
    { label: t("stats.countries"), value: formatCount(figures.countries, locale), href: "/countries", wide: false },
    {
      label: t("stats.organisations"),
      value: formatCount(figures.organisations, locale),
      href: "/organisations",
      wide: false,
    },
    {
      label: t("stats.totalBudget"),
      value: formatEuros(figures.total_budget, locale),
      href: "/programmes",
      wide: true,
    },
  ];
  return (
    <>
      <section className="max-w-3xl" aria-labelledby="home-title">
        <h1 id="home-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t("title")}
        </h1>
        <p className="mt-3 text-xl font-semibold text-brand-dark">{t("tagline")}</p>
        <p className="mt-3 text-lg">{t("intro")}</p>
        <form
          method="get"
          action={await localHref("/projects")}
          role="search"
          className="mt-6 flex flex-wrap items-end gap-2"
        >
          <label htmlFor="home-q" className="block w-full text-sm font-semibold">
            {t("searchLabel")}
          </label>
          <input id="home-q" name="q" type="search" maxLength={200} className={`${FIELD} mt-0 min-w-0 flex-1`} />
          <Button type="submit">{t("search")}</Button>
        </form>
      </section>

      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="sr-only">
          {t("figuresHeading")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
          {stats.map((s) => (
            <div
              key={s.label}
              className={`flex flex-col-reverse rounded-lg border border-line bg-wash p-4 ${s.wide ? "col-span-2 lg:col-span-1" : ""}`}
            >
              <dt className="mt-1 text-sm text-muted">{s.label}</dt>
              <dd className="text-xl font-bold tabular-nums sm:text-2xl">
                <Link href={s.href} prefetch={false} className="text-ink no-underline hover:underline">
                  {s.value}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-muted">{t("budgetsNote", { count: figures.budgets_stated })}</p>
      </section>

      <div className="mt-12 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="by-country" className="min-w-0">
          <h2 id="by-country" className="text-xl font-bold">
            {t("byCountry")}
          </h2>
          <div className="mt-4">
            <CountryMap
              counts={new Map(countries.map((c) => [c.code, c.projects]))}
              title={t("mapTitle")}
              listNote={t("mapListNote")}
            />
          </div>
          <h3 className="sr-only">{t("countriesWithProjects")}</h3>
          <ul className="mt-4 flex flex-wrap gap-2">
            {withProjects.map((c) => (
              <li key={c.code}>
                <Link href={`/countries/${c.code.toLowerCase()}`} prefetch={false} className={CHIP}>
                  {countryName(c.code, locale)} <Count n={c.projects} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-programme" className="min-w-0">
          <h2 id="by-programme" className="text-xl font-bold">
            {t("byProgramme")}
          </h2>
          <ul className="mt-4 divide-y divide-line border-y border-line">
            {programmes
              .filter((p) => p.projects > 0)
              .map((p) => (
                <li
                  key={p.slug}
                  className="flex min-h-11 items-center justify-between gap-3 py-2"
                  style={{ paddingInlineStart: `${p.depth * 1.25}rem` }}
                >
                  <Link href={`/programmes/${p.slug}`} prefetch={false}>
                    {p.shortName ?? p.name}
                  </Link>
                  <span className="text-sm text-muted tabular-nums">{t("projects", { count: p.projects })}</span>
                </li>
              ))}
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/programmes" prefetch={false}>
              {t("allProgrammes")}
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="themes" className="mt-12">
        <h2 id="themes" className="text-xl font-bold">
          {t("byTheme")}
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {figures.themes.map((theme) => (
            <li key={theme.slug}>
              <Link href={`/projects?theme=${theme.slug}`} prefetch={false} className={CHIP}>
                {theme.name} <Count n={theme.projects} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
