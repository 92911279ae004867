import Link from "next/link";
import type { listOrganisations, OrganisationListFilters } from "@/lib/catalogue/organisations";
import { organisationsSearch } from "@/lib/filters/organisation-filters";
import { countryName } from "@/lib/format/countries";
import { ROLE_LABELS } from "@/lib/format/status";
import { TableScroll } from "./table-scroll";

type List = Awaited<ReturnType<typeof listOrganisations>>;

export function OrganisationList({ filters, notices, list }: { filters: OrganisationListFilters; notices: string[]; list: List }) {
  const organisations = list.items;
  const countries = [...new Set(organisations.map((o) => o.countryCode).filter((c) => c !== null))];
  return (
    <>
      <h1 className="text-3xl font-bold">Organisations</h1>
      {notices.length > 0 && <ul role="status" className="mt-3 rounded border border-flag/40 bg-flag-wash p-3 text-sm">{notices.map((n) => <li key={n}>{n}</li>)}</ul>}
      <form method="get" action="/organisations" className="mt-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter organisations">
        <label className="block">Name<input name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} className="mt-1 block rounded border border-muted px-2 py-1.5" /></label>
        <label className="block">Country
          <select name="country" defaultValue={filters.country ?? ""} className="mt-1 block rounded border border-muted px-2 py-1.5">
            <option value="">Any country</option>
            {[...new Set([...countries, ...(filters.country ? [filters.country] : [])])].sort((a, b) => countryName(a).localeCompare(countryName(b))).map((c) => <option key={c} value={c}>{countryName(c)}</option>)}
          </select>
        </label>
        <label className="block">Role
          <select name="role" defaultValue={filters.role ?? ""} className="mt-1 block rounded border border-muted px-2 py-1.5">
            <option value="">Any role</option>
            {Object.entries(ROLE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Show</button>
      </form>
      <p role="status" className="mt-4">
        {list.total} {list.total === 1 ? "organisation" : "organisations"}
        {list.pageCount > 1 && <span className="text-muted"> · page {list.page} of {list.pageCount}</span>}
        {" · "}<a href={`/organisations.csv${organisationsSearch({ ...filters, page: 1 })}`} download>download as CSV</a>
      </p>
      <TableScroll label="Organisations table"><table className="mt-2 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Organisations and the number of catalogued projects they take part in</caption>
        <thead><tr className="border-b border-line"><th scope="col" className="py-2 pr-3">Organisation</th><th scope="col" className="py-2 pr-3">Country</th><th scope="col" className="py-2 text-right">Projects</th></tr></thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.slug} className="border-b border-line">
              <td className="py-1.5 pr-3"><Link href={`/organisations/${o.slug}`}>{o.name}</Link></td>
              <td className="py-1.5 pr-3">{o.countryCode ? countryName(o.countryCode) : <span className="italic text-muted">not stated</span>}</td>
              <td className="py-1.5 text-right tabular-nums">{o._count.participations}</td>
            </tr>
          ))}
        </tbody>
      </table></TableScroll>
    </>
  );
}
