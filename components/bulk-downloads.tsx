import type { BulkFileInfo } from "@/lib/catalogue/bulk-files";
import { formatBytes } from "@/lib/format/bytes";
import { TableScroll } from "./table-scroll";

const WHAT: Record<string, string> = {
  "/projects.csv": "Every project, one row each (CSV)",
  "/projects.json": "Every project, full records (JSON)",
  "/participations.csv": "Every partner of every project, one row each (CSV)",
  "/participations.json": "Every partner of every project (JSON)",
  "/organisations.csv": "Every organisation, with its project counts (CSV)",
  "/organisations.json": "Every organisation (JSON)",
};

/** The whole catalogue as files made once per seed, with the size and SHA-256 a download can be checked against. */
export function BulkDownloads({ files }: { files: BulkFileInfo[] }) {
  return (
    <section aria-labelledby="downloads" className="mb-10">
      <h2 id="downloads" className="text-xl font-bold">
        Whole catalogue downloads
      </h2>
      <p className="mt-1">
        The complete exports, made once each time the catalogue’s data changes and served as files. Sizes and SHA-256
        checksums are of the file as saved (servers send it compressed where the browser accepts that).
      </p>
      {files.length === 0 ? (
        <p className="mt-3 rounded border border-line p-3">
          The files of the latest data are being prepared. The links above still give the same data, made on request.
        </p>
      ) : (
        <>
          {/* Phones: one block per file (a four-column table would leave the checksum out of sight). */}
          <ul className="mt-3 divide-y divide-line border-y border-line sm:hidden">
            {files.map((f) => (
              <li key={f.path} className="py-3">
                <a href={f.path} download={f.filename} className="inline-flex min-h-6 items-center font-mono break-all">
                  {f.filename}
                </a>
                <p>{WHAT[f.path] ?? f.contentType}</p>
                <p className="tabular-nums">
                  {formatBytes(f.bytes)} <span className="text-muted">({formatBytes(f.gzipBytes)} compressed)</span>
                </p>
                <p className="text-xs">
                  SHA-256 <code className="break-all">{f.sha256}</code>
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <TableScroll label="Whole catalogue downloads, scrollable table">
              <table className="data-table mt-3">
                <caption className="sr-only">Whole catalogue downloads with sizes and checksums</caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Contents</th>
                    <th scope="col" className="text-right">
                      Size
                    </th>
                    <th scope="col">SHA-256</th>
                  </tr>
                </thead>
                <tbody>
                  {files.map((f) => (
                    <tr key={f.path}>
                      <th scope="row" className="font-normal">
                        <a href={f.path} download={f.filename} className="inline-flex min-h-6 items-center font-mono">
                          {f.filename}
                        </a>
                      </th>
                      <td className="min-w-40">{WHAT[f.path] ?? f.contentType}</td>
                      <td className="text-right whitespace-nowrap tabular-nums">
                        {formatBytes(f.bytes)}
                        <span className="block text-xs text-muted">{formatBytes(f.gzipBytes)} compressed</span>
                      </td>
                      <td>
                        <code className="block text-xs break-all">{f.sha256}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        </>
      )}
    </section>
  );
}
