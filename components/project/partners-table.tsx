import { Link } from "@/lib/i18n/navigation";
import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { countryName } from "@/lib/format/countries";
import { ROLE_LABELS } from "@/lib/format/status";
import { NotStated } from "../not-stated";
import { TableScroll } from "../table-scroll";

export function PartnersTable({ partners }: { partners: ProjectDetail["participations"] }) {
  if (partners.length === 0) return <p>The source names no partner organisations.</p>;
  return (
    <TableScroll label="Partners, scrollable table">
      <table className="data-table">
        <caption className="sr-only">Partner organisations, in the order the source lists them</caption>
        <thead>
          <tr>
            <th scope="col" className="print:py-0.5">
              Organisation (as named in the source)
            </th>
            <th scope="col" className="print:py-0.5">
              Role
            </th>
            <th scope="col" className="print:py-0.5">
              Country
            </th>
          </tr>
        </thead>
        <tbody>
          {partners.map((p) => (
            <tr key={p.organisation.slug}>
              <th scope="row" className="min-w-40 font-normal print:py-0.5">
                <Link href={`/organisations/${p.organisation.slug}`} prefetch={false}>
                  {p.nameAsStated}
                </Link>
                {p.organisation.name !== p.nameAsStated && (
                  <span className="block text-muted print:hidden">Catalogued as {p.organisation.name}</span>
                )}
              </th>
              <td className="print:py-0.5">{ROLE_LABELS[p.role]}</td>
              <td className="print:py-0.5">
                {p.countryCode ? (
                  <Link href={`/countries/${p.countryCode.toLowerCase()}`} prefetch={false}>
                    {countryName(p.countryCode)}
                  </Link>
                ) : (
                  <NotStated />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
