import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CountryMap } from "@/components/country-map";
import { EmbedCode } from "@/components/embed/embed-code";
import { listCountries } from "@/lib/catalogue/countries";
import { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { formatCount, formatEuros } from "@/lib/format/money";
import { pageMetadata } from "@/lib/seo/page-metadata";

const HOME_TITLE = "Integration Atlas — EU-funded projects for the integration of migrants, refugees and minorities";
export const metadata: Metadata = {
  ...pageMetadata({
    title: HOME_TITLE,
    description: "A sourced catalogue of EU-funded integration projects: budgets, partners, countries, results and events, every fact traced to its document.",
    path: "/",
  }),
  title: { absolute: HOME_TITLE },
};

export default async function HomePage() {
  await connection();
  const [figures, countries, { programmes }] = await Promise.all([getHeadlineFigures(), listCountries(), listProgrammes()]);
  const withProjects = countries.filter((c) => c.projects > 0);
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-4xl font-bold">Integration Atlas</h1>
        <p className="mt-3 text-lg">
          A catalogue of EU-funded projects that help migrants, refugees and minorities integrate — every budget, partner
          and result taken from a named source document.
        </p>
        <form method="get" action="/projects" role="search" className="mt-6 flex gap-2">
          <label htmlFor="home-q" className="sr-only">Search projects</label>
          <input id="home-q" name="q" type="search" maxLength={200} placeholder="Search projects, organisations, regions…"
            className="flex-1 rounded border border-muted px-3 py-2" />
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">Search</button>
        </form>
      </section>
      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="sr-only">The catalogue in figures</h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {[
            ["Projects", formatCount(figures.projects), "/projects"],
            ["Countries", formatCount(figures.countries), "/countries"],
            ["Organisations", formatCount(figures.organisations), "/organisations"],
            ["Total budget stated", formatEuros(figures.total_budget), "/programmes"],
          ].map(([label, value, href]) => (
            <div key={label} className="rounded-lg border border-line bg-wash p-4">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-bold"><Link href={href} className="text-ink no-underline hover:underline">{value}</Link></dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-sm text-muted">The total adds the {figures.budgets_stated} budgets the sources state; the others are not stated.</p>
      </section>
      <div className="mt-10 grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="by-country">
          <h2 id="by-country" className="text-xl font-semibold">Browse by country</h2>
          <div className="mt-3">
            <CountryMap counts={new Map(countries.map((c) => [c.code, c.projects]))} caption="Map of Europe shaded by the number of projects in each country" />
            <EmbedCode path="/embed/map" title="EU-funded integration projects by country — Integration Atlas" height={640} />
          </div>
          <ul className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {withProjects.map((c) => (
              <li key={c.code}><Link href={`/countries/${c.code.toLowerCase()}`}>{c.name}</Link> <span className="text-muted">({c.projects})</span></li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-programme">
          <h2 id="by-programme" className="text-xl font-semibold">Browse by programme or fund</h2>
          <ul className="mt-3 space-y-1">
            {programmes.filter((p) => p.projects > 0).map((p) => (
              <li key={p.slug} style={{ paddingLeft: `${p.depth}rem` }}>
                <Link href={`/programmes/${p.slug}`}>{p.shortName ?? p.name}</Link> <span className="text-sm text-muted">({p.projects})</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="themes" className="mt-10">
        <h2 id="themes" className="text-xl font-semibold">Browse by theme</h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {figures.themes.map((t) => (
            <li key={t.slug}>
              <Link href={`/projects?theme=${t.slug}`} className="inline-block rounded-full border border-line px-3 py-1 no-underline hover:bg-wash">
                {t.name} <span className="text-muted">({t.projects})</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
