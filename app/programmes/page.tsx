import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/page-metadata";
import Link from "next/link";
import { connection } from "next/server";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { formatEuros } from "@/lib/format/money";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = pageMetadata({ title: "Programmes and funds", description: "The funds and programmes behind the catalogued projects, with project counts and budgets.", path: "/programmes" });

export default async function ProgrammesPage() {
  await connection();
  const { programmes, unassigned } = await listProgrammes();
  return (
    <>
      <h1 className="text-3xl font-bold">Programmes and funds</h1>
      <p className="mt-2 max-w-3xl">Each project sits under the most specific fund or programme its source names. Counts and totals include everything below a level.</p>
      <TableScroll label="Funding hierarchy table"><table className="mt-6 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Funding hierarchy with project counts and budget totals</caption>
        <thead><tr className="border-b border-line"><th scope="col" className="py-2 pr-3">Fund or programme</th><th scope="col" className="py-2 pr-3 text-right">Projects</th><th scope="col" className="py-2 pr-3 text-right">Total budget</th><th scope="col" className="py-2 text-right">Contribution</th></tr></thead>
        <tbody>
          {programmes.map((p) => (
            <tr key={p.slug} className="border-b border-line">
              <th scope="row" className="py-1.5 pr-3 font-normal" style={{ paddingLeft: `${p.depth * 1.25}rem` }}>
                <Link href={`/programmes/${p.slug}`}>{p.name}</Link>
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">{p.projects}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatEuros(p.totalBudget)}</td>
              <td className="py-1.5 text-right tabular-nums">{formatEuros(p.grant)}</td>
            </tr>
          ))}
        </tbody>
      </table></TableScroll>
      {unassigned > 0 && <p className="mt-3 text-sm">{unassigned} {unassigned === 1 ? "project's source names" : "projects' sources name"} no fund or programme.</p>}
      <p className="mt-2 text-xs text-muted">Totals add only the amounts the sources state.</p>
    </>
  );
}
