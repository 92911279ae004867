// The list of data releases: one row each, newest first, with the catalogue's size and what changed.
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { TableScroll } from "@/components/table-scroll";
import type { ReleaseSummary } from "@/lib/catalogue/releases";
import { formatCount, formatEuros } from "@/lib/format/money";
import { ReleaseDate } from "./release-date";

const NUMBER_COLUMNS = [
  "projects",
  "organisations",
  "participations",
  "totalBudget",
  "added",
  "removed",
  "changed",
] as const;

export function ReleaseList({ releases }: { releases: ReleaseSummary[] }) {
  const t = useTranslations("Releases");
  const locale = useLocale();
  if (!releases.length) return <p>{t("none")}</p>;
  return (
    <TableScroll label={t("table")}>
      <table className="data-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("release")}</th>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("contentHash")}</th>
            {NUMBER_COLUMNS.map((key) => (
              <th key={key} scope="col" className="num">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="whitespace-nowrap font-normal">
                <Link href={`/releases/${r.id}`} prefetch={false} className="inline-flex min-h-6 items-center">
                  {t("releaseLink", { id: r.id })}
                </Link>
              </th>
              <td className="whitespace-nowrap">
                <ReleaseDate date={r.releasedAt} />
              </td>
              <td>
                <code>{r.contentHash.slice(0, 12)}</code>
              </td>
              <td className="num">{formatCount(r.projects, locale)}</td>
              <td className="num">{formatCount(r.organisations, locale)}</td>
              <td className="num">{formatCount(r.partners, locale)}</td>
              <td className="num">{formatEuros(r.totalBudget, locale)}</td>
              <td className="num">{formatCount(r.added, locale)}</td>
              <td className="num">{formatCount(r.removed, locale)}</td>
              <td className="num">{formatCount(r.changed, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
