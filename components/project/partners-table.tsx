import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { countryName } from "@/lib/format/countries";
import { roleLabel } from "@/lib/format/status";
import { NotStated } from "../not-stated";
import { TableScroll } from "../table-scroll";

export function PartnersTable({ partners }: { partners: ProjectDetail["participations"] }) {
  const t = useTranslations("Project");
  const locale = useLocale();
  if (partners.length === 0) return <p>{t("partners.none")}</p>;
  return (
    <TableScroll label={t("partners.scrollLabel")}>
      <table className="data-table">
        <caption className="sr-only">{t("partners.caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="print:py-0.5">
              {t("partners.organisation")}
            </th>
            <th scope="col" className="print:py-0.5">
              {t("partners.role")}
            </th>
            <th scope="col" className="print:py-0.5">
              {t("partners.country")}
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
                  <span className="block text-muted print:hidden">
                    {t("partners.cataloguedAs", { name: p.organisation.name })}
                  </span>
                )}
              </th>
              <td className="print:py-0.5">{roleLabel(p.role, locale)}</td>
              <td className="print:py-0.5">
                {p.countryCode ? (
                  <Link href={`/countries/${p.countryCode.toLowerCase()}`} prefetch={false}>
                    {countryName(p.countryCode, locale)}
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
