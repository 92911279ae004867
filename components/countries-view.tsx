import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/format/countries";
import type { listCountries } from "@/lib/catalogue/countries";
import { formatCount, formatEuros } from "@/lib/format/money";
import { CountryMap } from "./country-map";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";

export function CountriesView({ countries }: { countries: Awaited<ReturnType<typeof listCountries>> }) {
  const t = useTranslations("Countries");
  const locale = useLocale();
  // The query sorts by English name; other languages sort by the name the reader sees.
  const rows =
    locale === "en"
      ? countries
      : countries.toSorted((a, b) => countryName(a.code, locale).localeCompare(countryName(b.code, locale), locale));
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="grid gap-10 lg:grid-cols-[5fr_6fr]">
        <CountryMap
          counts={new Map(countries.map((c) => [c.code, c.projects]))}
          title={t("mapTitle")}
          listNote={t("mapListNote")}
        />
        <div className="min-w-0">
          <TableScroll label={t("table.scrollLabel")}>
            <table className="data-table">
              <caption className="mb-2 text-base font-bold">{t("table.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("table.country")}</th>
                  <th scope="col" className="num">
                    {t("table.projects")}
                  </th>
                  <th scope="col" className="num">
                    {t("table.lead")}
                  </th>
                  <th scope="col" className="num">
                    {t("table.participant")}
                  </th>
                  <th scope="col" className="num">
                    {t("table.budget")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.code}>
                    <th scope="row" className="font-normal">
                      <Link href={`/countries/${c.code.toLowerCase()}`} prefetch={false}>
                        {countryName(c.code, locale)}
                      </Link>
                    </th>
                    <td className="num">{formatCount(c.projects, locale)}</td>
                    <td className="num">{formatCount(c.lead, locale)}</td>
                    <td className="num">{formatCount(c.participant, locale)}</td>
                    <td className="num">{formatEuros(c.totalBudget, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="mt-3 text-sm text-muted">{t("note")}</p>
        </div>
      </div>
    </>
  );
}
