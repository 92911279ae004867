import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { BulkFileInfo } from "@/lib/catalogue/bulk-files";
import { PROJECT_COLUMNS } from "@/lib/export/project-columns";
import { BulkDownloads } from "./bulk-downloads";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";

const code = (chunks: ReactNode) => <code>{chunks}</code>;

export function DataDictionaryView({
  themes,
  files,
}: {
  themes: { slug: string; name: string }[];
  files: BulkFileInfo[];
}) {
  const t = useTranslations("DataDictionary");
  // The column meanings are written once, in English, beside the export code (lib/export/project-columns.ts).
  // Marked as English, and left to right so that its punctuation stays in place on Arabic pages.
  const english = useLocale() === DEFAULT_LOCALE ? {} : ({ lang: "en", dir: "ltr" } as const);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("title")} lead={<p>{t("lead")}</p>}>
        <p className="mt-3">
          {t.rich("formats", {
            code,
            headerFormat: "<id>; date=<time>",
            organisations: (chunks) => (
              <Link href="/organisations.csv" prefetch={false}>
                {chunks}
              </Link>
            ),
            participations: (chunks) => (
              <Link href="/participations.csv" prefetch={false}>
                {chunks}
              </Link>
            ),
            releases: (chunks) => (
              <Link href="/releases" prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </PageHeader>
      <BulkDownloads files={files} />
      <section aria-labelledby="columns">
        <h2 id="columns" className="text-xl font-bold">
          {t("columns")}
        </h2>
        <TableScroll label={t("columnsTable")}>
          <table className="data-table mt-3">
            <caption className="sr-only">{t("columnsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("column")}</th>
                <th scope="col">{t("meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {PROJECT_COLUMNS.map((c) => (
                <tr key={c.key} id={`column-${c.key}`}>
                  <th scope="row" className="font-mono font-normal">
                    {c.header}
                  </th>
                  <td className="min-w-48" {...english}>
                    {c.description}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="themes" className="mt-10">
        <h2 id="themes" className="text-xl font-bold">
          {t("themes")}
        </h2>
        <p className="mt-1">{t.rich("themesIntro", { code })}</p>
        <TableScroll label={t("themesTable")}>
          <table className="data-table mt-3">
            <caption className="sr-only">{t("themesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("identifier")}</th>
                <th scope="col">{t("theme")}</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((theme) => (
                <tr key={theme.slug}>
                  <th scope="row" className="font-mono font-normal">
                    {theme.slug}
                  </th>
                  <td>
                    <Link href={`/projects?theme=${theme.slug}`} prefetch={false}>
                      {theme.name}
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
