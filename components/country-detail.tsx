import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/format/countries";
import type { CountryPageData } from "@/lib/catalogue/countries";
import type { ProjectSearch } from "@/lib/catalogue/search-projects";
import { DEFAULT_FILTERS, projectsHref } from "@/lib/filters/project-filters";
import { PageHeader } from "./page-header";
import { ProjectCard } from "./project/project-card";
import { SideSection } from "./side-section";

export function CountryDetailView({
  data,
  projects,
  ledCount,
}: {
  data: CountryPageData;
  projects: ProjectSearch;
  ledCount: number;
}) {
  const t = useTranslations("Country");
  const locale = useLocale();
  const { country, regions, organisations, organisationCount, partners } = data;
  const name = countryName(country.code, locale);
  const all = projectsHref({ ...DEFAULT_FILTERS, country: [country.code] });
  const led = projectsHref({ ...DEFAULT_FILTERS, country: [country.code], role: "lead" });
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/countries", label: t("crumb") }]}
        kicker={t("kicker")}
        title={name}
        lead={<p>{t("lead", { count: projects.total, country: name, led: ledCount })}</p>}
      >
        {projects.total > 0 && (
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={all} prefetch={false}>
                {t("filterAll", { count: projects.total })}
              </Link>
            </li>
            {ledCount > 0 && (
              <li>
                <Link href={led} prefetch={false}>
                  {t("onlyLed", { count: ledCount, country: name })}
                </Link>
              </li>
            )}
          </ul>
        )}
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="projects" className="min-w-0">
          <h2 id="projects" className="text-xl font-bold">
            {t("projects")}
          </h2>
          <ul className="mt-4 space-y-4">
            {projects.items.map((p) => (
              <li key={p.slug}>
                <ProjectCard project={p} />
              </li>
            ))}
          </ul>
          {projects.pageCount > 1 && (
            <p className="mt-4">
              <Link href={`${all}&page=2`} prefetch={false}>
                {t("moreProjects", { country: name })}
              </Link>
            </p>
          )}
        </section>
        <div className="min-w-0 space-y-8">
          <SideSection id="regions" title={t("regions")}>
            {regions.length ? (
              <ul className="space-y-2">
                {regions.map((r) => (
                  <li key={r.name}>
                    <span className="font-semibold">{r.name}</span>:{" "}
                    {r.first.map((project, i) => (
                      <span key={project.slug}>
                        {i > 0 && t("listSeparator")}
                        <Link href={`/projects/${project.slug}`} prefetch={false}>
                          {project.acronym ?? project.title}
                        </Link>
                      </span>
                    ))}
                    {r.projects > r.first.length && (
                      <span className="text-muted"> {t("andMore", { count: r.projects - r.first.length })}</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="italic text-muted">{t("noRegions")}</p>
            )}
          </SideSection>
          <SideSection id="orgs" title={t("organisations", { count: organisationCount })}>
            <ul className="space-y-1">
              {organisations.map((o) => (
                <li key={o.slug}>
                  <Link href={`/organisations/${o.slug}`} prefetch={false}>
                    {o.name}
                  </Link>
                </li>
              ))}
            </ul>
            {organisationCount > organisations.length && (
              <p className="mt-2">
                <Link href={`/organisations?country=${country.code}`} prefetch={false}>
                  {t("allOrganisations", { count: organisationCount, country: name })}
                </Link>
              </p>
            )}
          </SideSection>
          <SideSection id="partner-countries" title={t("partnerCountries")}>
            {partners.length ? (
              <ul className="space-y-1">
                {partners.map((c) => (
                  <li key={c.code}>
                    <Link href={`/countries/${c.code.toLowerCase()}`} prefetch={false}>
                      {countryName(c.code, locale)}
                    </Link>{" "}
                    <span className="text-muted">{t("shared", { count: c.projects })}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="italic text-muted">{t("noPartners")}</p>
            )}
          </SideSection>
        </div>
      </div>
    </>
  );
}
