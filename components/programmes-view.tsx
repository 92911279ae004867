import { Link } from "@/lib/i18n/navigation";
import type { listProgrammes } from "@/lib/catalogue/programmes";
import { formatEuros } from "@/lib/format/money";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";

type Props = Awaited<ReturnType<typeof listProgrammes>>;

export function ProgrammesView({ programmes, unassigned }: Props) {
  return (
    <>
      <PageHeader
        title="Programmes and funds"
        lead="Each project sits under the most specific fund or programme its source names. Counts and totals include everything below a level."
      />
      <TableScroll label="Funding hierarchy, scrollable table">
        <table className="data-table">
          <caption className="sr-only">Funding hierarchy with project counts and budget totals</caption>
          <thead>
            <tr>
              <th scope="col">Fund or programme</th>
              <th scope="col" className="num">
                Projects
              </th>
              <th scope="col" className="num">
                Total budget
              </th>
              <th scope="col" className="num">
                EU or EEA contribution
              </th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.slug}>
                <th scope="row" className={p.depth === 0 ? "font-semibold" : "font-normal"}>
                  <span className="block" style={{ paddingLeft: `${p.depth * 1.25}rem` }}>
                    <Link href={`/programmes/${p.slug}`} prefetch={false}>
                      {p.name}
                    </Link>
                  </span>
                </th>
                <td className="num">{p.projects}</td>
                <td className="num">{formatEuros(p.totalBudget)}</td>
                <td className="num">{formatEuros(p.grant)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {unassigned > 0 && (
        <p className="mt-4">
          {unassigned} {unassigned === 1 ? "project's source names" : "projects' sources name"} no fund or programme.
        </p>
      )}
      <p className="mt-2 text-sm text-muted">Totals add only the amounts the sources state.</p>
    </>
  );
}
