import Link from "next/link";
import { connection } from "next/server";
import { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import { formatCount, formatEuros } from "@/lib/format/money";

export default async function HomePage() {
  await connection();
  const figures = await getHeadlineFigures();
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
      <section aria-labelledby="themes" className="mt-10">
        <h2 id="themes" className="text-xl font-semibold">Browse by theme</h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {figures.themes.map((t) => (
            <li key={t.slug}>
              <Link href={`/projects?theme=${t.slug}`} className="inline-block rounded-full border border-line px-3 py-1 no-underline hover:bg-wash">
                {t.name} <span className="text-muted">({t._count.projects})</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
