import { localHref } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import type { listCountries } from "@/lib/catalogue/countries";
import type { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import type { listProgrammes } from "@/lib/catalogue/programmes";
import { formatCount, formatEuros } from "@/lib/format/money";
import { CountryMap } from "./country-map";
import { Button, CHIP, FIELD } from "./ui";

type Props = {
  figures: Awaited<ReturnType<typeof getHeadlineFigures>>;
  countries: Awaited<ReturnType<typeof listCountries>>;
  programmes: Awaited<ReturnType<typeof listProgrammes>>["programmes"];
};

function Count({ n }: { n: number }) {
  return (
    <span className="text-muted tabular-nums">
      {n}
      <span className="sr-only"> {n === 1 ? "project" : "projects"}</span>
    </span>
  );
}

// Lists on this page link without prefetching: a visit should not fetch every country, programme and theme.
export async function HomeView({ figures, countries, programmes }: Props) {
  const withProjects = countries.filter((c) => c.projects > 0);
  const stats = [
    { label: "Projects", value: formatCount(figures.projects), href: "/projects", wide: false },
    { label: "Countries", value: formatCount(figures.countries), href: "/countries", wide: false },
    { label: "Organisations", value: formatCount(figures.organisations), href: "/organisations", wide: false },
    { label: "Total budget stated", value: formatEuros(figures.total_budget), href: "/programmes", wide: true },
  ];
  return (
    <>
      <section className="max-w-3xl" aria-labelledby="home-title">
        <h1 id="home-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Integration Atlas
        </h1>
        <p className="mt-3 text-xl font-semibold text-brand-dark">
          EU-funded projects that help migrants, refugees and minorities integrate.
        </p>
        <p className="mt-3 text-lg">
          Every budget, partner and result is taken from a named source document; what a document does not state is
          shown as “not stated”.
        </p>
        <form
          method="get"
          action={await localHref("/projects")}
          role="search"
          className="mt-6 flex flex-wrap items-end gap-2"
        >
          <label htmlFor="home-q" className="block w-full text-sm font-semibold">
            Search projects, organisations and regions
          </label>
          <input id="home-q" name="q" type="search" maxLength={200} className={`${FIELD} mt-0 min-w-0 flex-1`} />
          <Button type="submit">Search</Button>
        </form>
      </section>

      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="sr-only">
          The catalogue in figures
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
        <p className="mt-2 text-sm text-muted">
          The total adds the {figures.budgets_stated} budgets the sources state; the others are not stated.
        </p>
      </section>

      <div className="mt-12 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="by-country" className="min-w-0">
          <h2 id="by-country" className="text-xl font-bold">
            Browse by country
          </h2>
          <div className="mt-4">
            <CountryMap
              counts={new Map(countries.map((c) => [c.code, c.projects]))}
              title="Projects working in each country"
              listNote="Every country on the map, with its number of projects, is in the list below."
            />
          </div>
          <h3 className="sr-only">Countries with projects</h3>
          <ul className="mt-4 flex flex-wrap gap-2">
            {withProjects.map((c) => (
              <li key={c.code}>
                <Link href={`/countries/${c.code.toLowerCase()}`} prefetch={false} className={CHIP}>
                  {c.name} <Count n={c.projects} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-programme" className="min-w-0">
          <h2 id="by-programme" className="text-xl font-bold">
            Browse by programme or fund
          </h2>
          <ul className="mt-4 divide-y divide-line border-y border-line">
            {programmes
              .filter((p) => p.projects > 0)
              .map((p) => (
                <li
                  key={p.slug}
                  className="flex min-h-11 items-center justify-between gap-3 py-2"
                  style={{ paddingLeft: `${p.depth * 1.25}rem` }}
                >
                  <Link href={`/programmes/${p.slug}`} prefetch={false}>
                    {p.shortName ?? p.name}
                  </Link>
                  <span className="text-sm text-muted tabular-nums">
                    {p.projects} {p.projects === 1 ? "project" : "projects"}
                  </span>
                </li>
              ))}
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/programmes" prefetch={false}>
              All programmes with their budgets
            </Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="themes" className="mt-12">
        <h2 id="themes" className="text-xl font-bold">
          Browse by theme
        </h2>
        <ul className="mt-4 flex flex-wrap gap-2">
          {figures.themes.map((t) => (
            <li key={t.slug}>
              <Link href={`/projects?theme=${t.slug}`} prefetch={false} className={CHIP}>
                {t.name} <Count n={t.projects} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
