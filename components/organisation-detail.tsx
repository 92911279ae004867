import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { OrganisationPageData } from "@/lib/catalogue/organisations";
import { countryName } from "@/lib/format/countries";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { roleLabel } from "@/lib/format/status";
import { organisationJsonLd } from "@/lib/seo/json-ld";
import { CollaborationNetwork } from "./collaboration-network";
import { JsonLdScript } from "./json-ld";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";
import { sourceAnchor } from "@/lib/format/source-name";

export function OrganisationDetailView({ data }: { data: OrganisationPageData }) {
  const t = useTranslations("Organisation");
  const locale = useLocale();
  const { organisation: o, collaborators, collaboratorCount } = data;
  return (
    <>
      <JsonLdScript data={organisationJsonLd(data, locale)} />
      <PageHeader
        crumbs={[{ href: "/organisations", label: t("crumb") }]}
        kicker={t("kicker")}
        title={o.name}
        lead={
          <p>
            {o.shortName && <>{o.shortName} · </>}
            {o.countryCode ? (
              <Link href={`/countries/${o.countryCode.toLowerCase()}`} prefetch={false}>
                {countryName(o.countryCode, locale)}
              </Link>
            ) : (
              t("countryNotStated")
            )}
          </p>
        }
      >
        {o.aliases.length > 0 && (
          <p className="mt-3 text-sm">
            <span className="text-muted">{t("aliases")} </span>
            {o.aliases.map((a) => a.name).join(" · ")}
          </p>
        )}
      </PageHeader>
      <section aria-labelledby="projects">
        <h2 id="projects" className="text-xl font-bold">
          {t("projects", { count: o._count.participations })}
        </h2>
        {o._count.participations > o.participations.length && (
          <p className="text-sm text-muted">{t("showingFirst", { count: o.participations.length })}</p>
        )}
        <TableScroll label={t("table.scrollLabel")}>
          <table className="data-table mt-3">
            <caption className="sr-only">{t("table.caption", { name: o.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("table.project")}</th>
                <th scope="col">{t("table.role")}</th>
                <th scope="col">{t("table.period")}</th>
                <th scope="col" className="num">
                  {t("table.budget")}
                </th>
              </tr>
            </thead>
            <tbody>
              {o.participations.map(({ project: p, role, nameAsStated }) => (
                <tr key={p.slug}>
                  <th scope="row" className="font-normal">
                    <Link href={`/projects/${p.slug}`} prefetch={false}>
                      {p.acronym ?? p.title}
                    </Link>
                    {nameAsStated !== o.name && (
                      <span className="block text-xs text-muted">{t("namedAs", { name: nameAsStated })}</span>
                    )}
                  </th>
                  <td>{roleLabel(role, locale)}</td>
                  <td>
                    {formatPeriod(p.startText, p.endText, locale) ?? (
                      <span className="italic text-muted">{t("notStated")}</span>
                    )}
                  </td>
                  <td className="num">{formatEuros(p.totalBudget, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="network" className="mt-10">
        <h2 id="network" className="text-xl font-bold">
          {t("workedWith", { count: collaboratorCount })}
        </h2>
        {collaboratorCount > collaborators.length && (
          <p className="text-sm text-muted">{t("mostFrequent", { count: collaborators.length })}</p>
        )}
        <div className="mt-3 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <ul className="columns-1 gap-6 text-sm sm:columns-2">
            {collaborators.map((c) => (
              <li key={c.slug} className="mb-1">
                <Link href={`/organisations/${c.slug}`} prefetch={false}>
                  {c.name}
                </Link>
                {c.projects > 1 && <span className="text-muted"> {t("sharedProjects", { count: c.projects })}</span>}
              </li>
            ))}
          </ul>
          <CollaborationNetwork
            label={t("network", { name: o.name, count: collaboratorCount })}
            collaborators={collaborators}
          />
        </div>
      </section>
      <p className="mt-10 text-sm">
        <span className="text-muted">{t("sources", { count: o.sources.length })} </span>
        {o.sources.map((s, i) => (
          <span key={s.sourceDocument.file}>
            {i > 0 && t("sourceSeparator")}
            <Link href={`/about#${sourceAnchor(s.sourceDocument.file)}`} prefetch={false}>
              {s.sourceDocument.title}
            </Link>
          </span>
        ))}
      </p>
    </>
  );
}
