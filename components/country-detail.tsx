import { Link } from "@/lib/i18n/navigation";
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
  const { country, regions, organisations, organisationCount, partners } = data;
  const all = projectsHref({ ...DEFAULT_FILTERS, country: [country.code] });
  const led = projectsHref({ ...DEFAULT_FILTERS, country: [country.code], role: "lead" });
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/countries", label: "Countries" }]}
        kicker="Country"
        title={country.name}
        lead={
          <p>
            {projects.total} {projects.total === 1 ? "project works" : "projects work"} in {country.name};{" "}
            {ledCount === 0 ? "none is" : ledCount === 1 ? "1 is" : `${ledCount} are`} led from here.
          </p>
        }
      >
        {projects.total > 0 && (
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href={all} prefetch={false}>
                Filter and sort all {projects.total} in the catalogue
              </Link>
            </li>
            {ledCount > 0 && (
              <li>
                <Link href={led} prefetch={false}>
                  Only the {ledCount} led from {country.name}
                </Link>
              </li>
            )}
          </ul>
        )}
      </PageHeader>
      <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="projects" className="min-w-0">
          <h2 id="projects" className="text-xl font-bold">
            Projects
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
                More projects in {country.name}
              </Link>
            </p>
          )}
        </section>
        <div className="min-w-0 space-y-8">
          <SideSection id="regions" title="Regions named">
            {regions.length ? (
              <ul className="space-y-2">
                {regions.map((r) => (
                  <li key={r.name}>
                    <span className="font-semibold">{r.name}</span>:{" "}
                    {r.first.map((project, i) => (
                      <span key={project.slug}>
                        {i > 0 && ", "}
                        <Link href={`/projects/${project.slug}`} prefetch={false}>
                          {project.acronym ?? project.title}
                        </Link>
                      </span>
                    ))}
                    {r.projects > r.first.length && (
                      <span className="text-muted"> and {r.projects - r.first.length} more</span>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="italic text-muted">No region named by the sources.</p>
            )}
          </SideSection>
          <SideSection id="orgs" title={`Organisations (${organisationCount})`}>
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
                  All {organisationCount} organisations in {country.name}
                </Link>
              </p>
            )}
          </SideSection>
          <SideSection id="partner-countries" title="Partner countries">
            {partners.length ? (
              <ul className="space-y-1">
                {partners.map((c) => (
                  <li key={c.code}>
                    <Link href={`/countries/${c.code.toLowerCase()}`} prefetch={false}>
                      {c.name}
                    </Link>{" "}
                    <span className="text-muted">
                      ({c.projects} shared {c.projects === 1 ? "project" : "projects"})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="italic text-muted">No project shared with another country.</p>
            )}
          </SideSection>
        </div>
      </div>
    </>
  );
}
