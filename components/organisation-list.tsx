import { getLocale, getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import {
  ORGANISATIONS_PER_PAGE,
  type listOrganisations,
  type OrganisationListFilters,
} from "@/lib/catalogue/organisations";
import { organisationsSearch } from "@/lib/filters/organisation-filters";
import { countryName } from "@/lib/format/countries";
import { formatCount } from "@/lib/format/money";
import { roleLabel, ROLES } from "@/lib/format/status";
import { Notices } from "./notices";
import { PageHeader } from "./page-header";
import { Pagination } from "./pagination";
import { TableScroll } from "./table-scroll";
import { Button, FIELD } from "./ui";

type List = Awaited<ReturnType<typeof listOrganisations>>;

export async function OrganisationList({
  filters,
  notices,
  list,
}: {
  filters: OrganisationListFilters;
  notices: string[];
  list: List;
}) {
  const [t, locale] = await Promise.all([getTranslations("Organisations"), getLocale()]);
  const organisations = list.items;
  const countries = [...new Set(organisations.map((o) => o.countryCode).filter((c) => c !== null))];
  const from = (list.page - 1) * ORGANISATIONS_PER_PAGE + 1;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Notices notices={notices} />
      <form
        method="get"
        action={await localHref("/organisations")}
        className="flex flex-wrap items-end gap-3 rounded-lg bg-wash p-4"
        aria-label={t("filter.label")}
      >
        <label className="block text-sm font-semibold">
          {t("filter.name")}
          <input name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} className={`${FIELD} w-56`} />
        </label>
        <label className="block text-sm font-semibold">
          {t("filter.country")}
          <select name="country" defaultValue={filters.country ?? ""} className={FIELD}>
            <option value="">{t("filter.anyCountry")}</option>
            {[...new Set([...countries, ...(filters.country ? [filters.country] : [])])]
              .sort((a, b) => countryName(a, locale).localeCompare(countryName(b, locale), locale))
              .map((c) => (
                <option key={c} value={c}>
                  {countryName(c, locale)}
                </option>
              ))}
          </select>
        </label>
        <label className="block text-sm font-semibold">
          {t("filter.role")}
          <select name="role" defaultValue={filters.role ?? ""} className={FIELD}>
            <option value="">{t("filter.anyRole")}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role, locale)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">{t("filter.show")}</Button>
      </form>
      <p role="status" className="mt-6 text-sm">
        <span className="font-semibold">{t("count", { count: list.total })}</span>
        {list.pageCount > 1 && (
          <span className="text-muted">
            {" "}
            ·{" "}
            {t("showing", {
              from,
              to: from + organisations.length - 1,
              page: list.page,
              pages: list.pageCount,
            })}
          </span>
        )}
        {" · "}
        <a href={`/organisations.csv${organisationsSearch({ ...filters, page: 1 })}`} download>
          {t("downloadCsv")}
        </a>
      </p>
      <TableScroll label={t("table.label")}>
        <table className="data-table mt-2">
          <caption className="sr-only">
            {list.pageCount > 1
              ? t("table.captionPage", { page: list.page, pages: list.pageCount })
              : t("table.caption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("table.organisation")}</th>
              <th scope="col">{t("table.country")}</th>
              <th scope="col" className="num">
                {t("table.projects")}
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.slug}>
                <th scope="row" className="font-normal">
                  <Link href={`/organisations/${o.slug}`} prefetch={false}>
                    {o.name}
                  </Link>
                </th>
                <td>
                  {o.countryCode ? (
                    countryName(o.countryCode, locale)
                  ) : (
                    <span className="italic text-muted">{t("notStated")}</span>
                  )}
                </td>
                <td className="num">{formatCount(o._count.participations, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        label={t("pages")}
        href={(page) => `/organisations${organisationsSearch({ ...filters, page })}`}
      />
    </>
  );
}
