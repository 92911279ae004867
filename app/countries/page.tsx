import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/page-metadata";
import Link from "next/link";
import { connection } from "next/server";
import { CountryMap } from "@/components/country-map";
import { EmbedCode } from "@/components/embed/embed-code";
import { TableScroll } from "@/components/table-scroll";
import { listCountries } from "@/lib/catalogue/countries";
import { formatEuros } from "@/lib/format/money";

export const metadata: Metadata = pageMetadata({ title: "Countries", description: "Projects per country: where they work, where they are led from, and their budgets.", path: "/countries" });

export default async function CountriesPage() {
  await connection();
  const countries = await listCountries();
  return (
    <>
      <h1 className="text-3xl font-bold">Countries</h1>
      <p className="mt-2 max-w-3xl">How many projects work in each country, how many are led from it, and the total budget of those projects.</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <CountryMap counts={new Map(countries.map((c) => [c.code, c.projects]))} caption="Map of Europe shaded by the number of projects working in each country" />
        <EmbedCode path="/embed/map" title="EU-funded integration projects by country — Integration Atlas" height={640} />
        <TableScroll label="Projects by country table">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">Projects by country</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">Country</th>
                <th scope="col" className="py-2 pr-3 text-right">Projects</th>
                <th scope="col" className="py-2 pr-3 text-right">As lead</th>
                <th scope="col" className="py-2 pr-3 text-right">As participant</th>
                <th scope="col" className="py-2 text-right">Total budget of these projects</th>
              </tr>
            </thead>
            <tbody>
              {countries.map((c) => (
                <tr key={c.code} className="border-b border-line">
                  <th scope="row" className="py-1.5 pr-3 font-normal"><Link href={`/countries/${c.code.toLowerCase()}`}>{c.name}</Link></th>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{c.projects}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{c.lead}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{c.participant}</td>
                  <td className="py-1.5 text-right tabular-nums">{formatEuros(c.totalBudget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-muted">“Projects” counts projects whose area includes the country; “as participant” counts projects with a partner organisation from it. Budgets not stated by a source are left out of totals.</p>
        </TableScroll>
      </div>
    </>
  );
}
