import { Link } from "@/lib/i18n/navigation";
import type { listCountries } from "@/lib/catalogue/countries";
import { formatEuros } from "@/lib/format/money";
import { CountryMap } from "./country-map";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";

export function CountriesView({ countries }: { countries: Awaited<ReturnType<typeof listCountries>> }) {
  return (
    <>
      <PageHeader
        title="Countries"
        lead="How many projects work in each country, how many are led from it, and the total budget of those projects."
      />
      <div className="grid gap-10 lg:grid-cols-[5fr_6fr]">
        <CountryMap
          counts={new Map(countries.map((c) => [c.code, c.projects]))}
          title="Projects working in each country"
          listNote="Every country, with all its figures, is in the table “Projects by country”."
        />
        <div className="min-w-0">
          <TableScroll label="Projects by country, scrollable table">
            <table className="data-table">
              <caption className="mb-2 text-base font-bold">Projects by country</caption>
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <th scope="col" className="num">
                    Projects
                  </th>
                  <th scope="col" className="num">
                    As lead
                  </th>
                  <th scope="col" className="num">
                    As participant
                  </th>
                  <th scope="col" className="num">
                    Total budget of these projects
                  </th>
                </tr>
              </thead>
              <tbody>
                {countries.map((c) => (
                  <tr key={c.code}>
                    <th scope="row" className="font-normal">
                      <Link href={`/countries/${c.code.toLowerCase()}`} prefetch={false}>
                        {c.name}
                      </Link>
                    </th>
                    <td className="num">{c.projects}</td>
                    <td className="num">{c.lead}</td>
                    <td className="num">{c.participant}</td>
                    <td className="num">{formatEuros(c.totalBudget)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="mt-3 text-sm text-muted">
            “Projects” counts projects whose area includes the country; “as lead” counts projects led by an organisation
            from it, “as participant” those with a partner organisation from it. Budgets a source does not state are
            left out of totals.
          </p>
        </div>
      </div>
    </>
  );
}
