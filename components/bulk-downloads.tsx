import { useLocale, useTranslations } from "next-intl";
import type { BulkFileInfo } from "@/lib/catalogue/bulk-files";
import { formatBytes } from "@/lib/format/bytes";
import { TableScroll } from "./table-scroll";

const WHAT = {
  "/projects.csv": "projectsCsv",
  "/projects.json": "projectsJson",
  "/participations.csv": "participationsCsv",
  "/participations.json": "participationsJson",
  "/organisations.csv": "organisationsCsv",
  "/organisations.json": "organisationsJson",
} as const;

const isKnown = (path: string): path is keyof typeof WHAT => Object.hasOwn(WHAT, path);

/** The whole catalogue as files made once per seed, with the size and SHA-256 a download can be checked against. */
export function BulkDownloads({ files }: { files: BulkFileInfo[] }) {
  const t = useTranslations("Downloads");
  const locale = useLocale();
  const what = (f: BulkFileInfo) => (isKnown(f.path) ? t(`what.${WHAT[f.path]}`) : f.contentType);
  return (
    <section aria-labelledby="downloads" className="mb-10">
      <h2 id="downloads" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("intro")}</p>
      {files.length === 0 ? (
        <p className="mt-3 rounded border border-line p-3">{t("preparing")}</p>
      ) : (
        <>
          {/* Phones: one block per file (a four-column table would leave the checksum out of sight). */}
          <ul className="mt-3 divide-y divide-line border-y border-line sm:hidden">
            {files.map((f) => (
              <li key={f.path} className="py-3">
                <a href={f.path} download={f.filename} className="inline-flex min-h-6 items-center font-mono break-all">
                  {f.filename}
                </a>
                <p>{what(f)}</p>
                <p className="tabular-nums">
                  {formatBytes(f.bytes, locale)}{" "}
                  <span className="text-muted">({t("compressed", { size: formatBytes(f.gzipBytes, locale) })})</span>
                </p>
                <p className="text-xs">
                  SHA-256 <code className="break-all">{f.sha256}</code>
                </p>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <TableScroll label={t("table")}>
              <table className="data-table mt-3">
                <caption className="sr-only">{t("caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("file")}</th>
                    <th scope="col">{t("contents")}</th>
                    <th scope="col" className="text-end">
                      {t("size")}
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
                      <td className="min-w-40">{what(f)}</td>
                      <td className="text-end whitespace-nowrap tabular-nums">
                        {formatBytes(f.bytes, locale)}
                        <span className="block text-xs text-muted">
                          {t("compressed", { size: formatBytes(f.gzipBytes, locale) })}
                        </span>
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
