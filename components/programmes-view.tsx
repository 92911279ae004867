import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { listProgrammes } from "@/lib/catalogue/programmes";
import { formatCount, formatEuros } from "@/lib/format/money";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";

type Props = Awaited<ReturnType<typeof listProgrammes>>;

export function ProgrammesView({ programmes, unassigned }: Props) {
  const t = useTranslations("Programmes");
  const locale = useLocale();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <TableScroll label={t("table.scrollLabel")}>
        <table className="data-table">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.programme")}</th>
              <th scope="col" className="num">
                {t("table.projects")}
              </th>
              <th scope="col" className="num">
                {t("table.budget")}
              </th>
              <th scope="col" className="num">
                {t("table.grant")}
              </th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((p) => (
              <tr key={p.slug}>
                <th scope="row" className={p.depth === 0 ? "font-semibold" : "font-normal"}>
                  <span className="block" style={{ paddingInlineStart: `${p.depth * 1.25}rem` }}>
                    <Link href={`/programmes/${p.slug}`} prefetch={false}>
                      {p.name}
                    </Link>
                  </span>
                </th>
                <td className="num">{formatCount(p.projects, locale)}</td>
                <td className="num">{formatEuros(p.totalBudget, locale)}</td>
                <td className="num">{formatEuros(p.grant, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {unassigned > 0 && <p className="mt-4">{t("unassigned", { count: unassigned })}</p>}
      <p className="mt-2 text-sm text-muted">{t("totalsNote")}</p>
    </>
  );
}
