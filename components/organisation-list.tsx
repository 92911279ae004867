import { localHref } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import {
  ORGANISATIONS_PER_PAGE,
  type listOrganisations,
  type OrganisationListFilters,
} from "@/lib/catalogue/organisations";
import { organisationsSearch } from "@/lib/filters/organisation-filters";
import { countryName } from "@/lib/format/countries";
import { ROLE_LABELS } from "@/lib/format/status";
import { Notices } from "./notices";
import { PageHeader } from "./page-header";
import { Pagination } from "./pagination";
import { TableScroll } from "./table-scroll";
import { Button, FIELD } from "./ui";

type List = Awaited<ReturnType<typeof listOrganisations>>;

export async function OrganisationList({
  filters,
  notices,
  list,
}: {
  filters: OrganisationListFilters;
  notices: string[];
  list: List;
}) {
  const organisations = list.items;
  const countries = [...new Set(organisations.map((o) => o.countryCode).filter((c) => c !== null))];
  const from = (list.page - 1) * ORGANISATIONS_PER_PAGE + 1;
  return (
    <>
      <PageHeader
        title="Organisations"
        lead="Every organisation taking part in a catalogued project, with the number of projects it takes part in."
      />
      <Notices notices={notices} />
      <form
        method="get"
        action={await localHref("/organisations")}
        className="flex flex-wrap items-end gap-3 rounded-lg bg-wash p-4"
        aria-label="Filter organisations"
      >
        <label className="block text-sm font-semibold">
          Name
          <input name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} className={`${FIELD} w-56`} />
        </label>
        <label className="block text-sm font-semibold">
          Country
          <select name="country" defaultValue={filters.country ?? ""} className={FIELD}>
            <option value="">Any country</option>
            {[...new Set([...countries, ...(filters.country ? [filters.country] : [])])]
              .sort((a, b) => countryName(a).localeCompare(countryName(b)))
              .map((c) => (
                <option key={c} value={c}>
                  {countryName(c)}
                </option>
              ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          Role
          <select name="role" defaultValue={filters.role ?? ""} className={FIELD}>
            <option value="">Any role</option>
            {Object.entries(ROLE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">Show</Button>
      </form>
      <p role="status" className="mt-6 text-sm">
        <span className="font-semibold">
          {list.total} {list.total === 1 ? "organisation" : "organisations"}
        </span>
        {list.pageCount > 1 && (
          <span className="text-muted">
            {" "}
            · showing {from}–{from + organisations.length - 1}, page {list.page} of {list.pageCount}
          </span>
        )}
        {" · "}
        <a href={`/organisations.csv${organisationsSearch({ ...filters, page: 1 })}`} download>
          Download as CSV
        </a>
      </p>
      <TableScroll label="Organisations table">
        <table className="data-table mt-2">
          <caption className="sr-only">
            Organisations and the number of catalogued projects they take part in
            {list.pageCount > 1 ? `, page ${list.page} of ${list.pageCount}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Country</th>
              <th scope="col" className="num">
                Projects
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.slug}>
                <th scope="row" className="font-normal">
                  <Link href={`/organisations/${o.slug}`} prefetch={false}>
                    {o.name}
                  </Link>
                </th>
                <td>
                  {o.countryCode ? countryName(o.countryCode) : <span className="italic text-muted">not stated</span>}
                </td>
                <td className="num">{o._count.participations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        label="Organisation pages"
        href={(page) => `/organisations${organisationsSearch({ ...filters, page })}`}
      />
    </>
  );
}
