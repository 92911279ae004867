import { Link } from "@/lib/i18n/navigation";
import type { BulkFileInfo } from "@/lib/catalogue/bulk-files";
import { PROJECT_COLUMNS } from "@/lib/export/project-columns";
import { BulkDownloads } from "./bulk-downloads";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";

export function DataDictionaryView({
  themes,
  files,
}: {
  themes: { slug: string; name: string }[];
  files: BulkFileInfo[];
}) {
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Data dictionary"
        lead={
          <p>
            The project export holds exactly the projects of a catalogue view, in the same order, with the columns
            below.
          </p>
        }
      >
        <p className="mt-3">
          Download a view from the catalogue as <code>/projects.csv</code> or <code>/projects.json</code>. CSV files are
          UTF-8 with a byte-order mark, comma-separated, one row per project; amounts are whole euros and an empty cell
          means “not stated”. Cells that a spreadsheet could take for a formula start with an apostrophe. Choose columns
          with <code>?columns=slug,title,…</code>. Organisation and participation lists export the same way:{" "}
          <Link href="/organisations.csv" prefetch={false}>
            organisations.csv
          </Link>
          ,{" "}
          <Link href="/participations.csv" prefetch={false}>
            participations.csv
          </Link>{" "}
          (and <code>.json</code>). Every export names the{" "}
          <Link href="/releases" prefetch={false}>
            data release
          </Link>{" "}
          it was made from: in the <code>X-Atlas-Release</code> response header (
          <code>&lt;id&gt;; date=&lt;time&gt;</code>) and, for JSON, in its <code>meta</code>.
        </p>
      </PageHeader>
      <BulkDownloads files={files} />
      <section aria-labelledby="columns">
        <h2 id="columns" className="text-xl font-bold">
          Columns
        </h2>
        <TableScroll label="Export columns, scrollable table">
          <table className="data-table mt-3">
            <caption className="sr-only">Columns of the project export</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {PROJECT_COLUMNS.map((c) => (
                <tr key={c.key} id={`column-${c.key}`}>
                  <th scope="row" className="font-mono font-normal">
                    {c.header}
                  </th>
                  <td className="min-w-48">{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="themes" className="mt-10">
        <h2 id="themes" className="text-xl font-bold">
          Themes
        </h2>
        <p className="mt-1">
          The values of the <code>themes</code> column and the <code>theme</code> filter.
        </p>
        <TableScroll label="Themes, scrollable table">
          <table className="data-table mt-3">
            <caption className="sr-only">Theme identifiers and names</caption>
            <thead>
              <tr>
                <th scope="col">Identifier</th>
                <th scope="col">Theme</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((t) => (
                <tr key={t.slug}>
                  <th scope="row" className="font-mono font-normal">
                    {t.slug}
                  </th>
                  <td>
                    <Link href={`/projects?theme=${t.slug}`} prefetch={false}>
                      {t.name}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
