import type { Metadata } from "next";
import Link from "next/link";
import { TableScroll } from "@/components/table-scroll";
import { PROJECT_COLUMNS } from "@/lib/export/project-columns";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const metadata: Metadata = pageMetadata({ title: "Data dictionary", description: "Every column of the project export (CSV and JSON) and what it means.", path: "/data-dictionary" });

export default function DataDictionaryPage() {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">Data dictionary</h1>
      <p className="mt-3">
        The project export (<code>/projects.csv</code>, <code>/projects.json</code>) holds exactly the projects of a catalogue view, in the same order, with
        the columns below. CSV files are UTF-8 with a byte-order mark, comma-separated, one row per project; amounts are whole euros and an empty cell means
        “not stated”. Cells that a spreadsheet could take for a formula start with an apostrophe. Choose columns with <code>?columns=slug,title,…</code>.
        Organisation and participation lists export the same way: <Link href="/organisations.csv">/organisations.csv</Link>,{" "}
        <Link href="/participations.csv">/participations.csv</Link> (and <code>.json</code>).
      </p>
      <TableScroll label="Export columns">
        <table className="mt-6 w-full border-collapse text-left text-sm">
          <caption className="sr-only">Columns of the project export</caption>
          <thead><tr className="border-b border-line"><th scope="col" className="py-2 pr-3">Column</th><th scope="col" className="py-2">Meaning</th></tr></thead>
          <tbody>
            {PROJECT_COLUMNS.map((c) => (
              <tr key={c.key} id={`column-${c.key}`} className="border-b border-line align-top">
                <th scope="row" className="py-1.5 pr-3 font-mono font-normal">{c.header}</th>
                <td className="py-1.5">{c.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
