import { Link } from "@/lib/i18n/navigation";
import type { OrganisationPageData } from "@/lib/catalogue/organisations";
import { countryName } from "@/lib/format/countries";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { ROLE_LABELS } from "@/lib/format/status";
import { organisationJsonLd } from "@/lib/seo/json-ld";
import { CollaborationNetwork } from "./collaboration-network";
import { JsonLdScript } from "./json-ld";
import { PageHeader } from "./page-header";
import { TableScroll } from "./table-scroll";
import { sourceAnchor } from "@/lib/format/source-name";

export function OrganisationDetailView({ data }: { data: OrganisationPageData }) {
  const { organisation: o, collaborators, collaboratorCount } = data;
  return (
    <>
      <JsonLdScript data={organisationJsonLd(data)} />
      <PageHeader
        crumbs={[{ href: "/organisations", label: "Organisations" }]}
        kicker="Organisation"
        title={o.name}
        lead={
          <p>
            {o.shortName && <>{o.shortName} · </>}
            {o.countryCode ? (
              <Link href={`/countries/${o.countryCode.toLowerCase()}`} prefetch={false}>
                {countryName(o.countryCode)}
              </Link>
            ) : (
              "Country not stated"
            )}
          </p>
        }
      >
        {o.aliases.length > 0 && (
          <p className="mt-3 text-sm">
            <span className="text-muted">Also written in the sources as: </span>
            {o.aliases.map((a) => a.name).join(" · ")}
          </p>
        )}
      </PageHeader>
      <section aria-labelledby="projects">
        <h2 id="projects" className="text-xl font-bold">
          Projects ({o._count.participations})
        </h2>
        {o._count.participations > o.participations.length && (
          <p className="text-sm text-muted">Showing the first {o.participations.length}.</p>
        )}
        <TableScroll label="Projects, scrollable table">
          <table className="data-table mt-3">
            <caption className="sr-only">Projects of {o.name} and its role in each</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Role</th>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Total budget
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
                      <span className="block text-xs text-muted">named “{nameAsStated}”</span>
                    )}
                  </th>
                  <td>{ROLE_LABELS[role]}</td>
                  <td>
                    {formatPeriod(p.startText, p.endText) ?? <span className="italic text-muted">not stated</span>}
                  </td>
                  <td className="num">{formatEuros(p.totalBudget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section aria-labelledby="network" className="mt-10">
        <h2 id="network" className="text-xl font-bold">
          Has worked with ({collaboratorCount})
        </h2>
        {collaboratorCount > collaborators.length && (
          <p className="text-sm text-muted">The {collaborators.length} most frequent partners.</p>
        )}
        <div className="mt-3 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <ul className="columns-1 gap-6 text-sm sm:columns-2">
            {collaborators.map((c) => (
              <li key={c.slug} className="mb-1">
                <Link href={`/organisations/${c.slug}`} prefetch={false}>
                  {c.name}
                </Link>
                {c.projects > 1 && <span className="text-muted"> ({c.projects} projects)</span>}
              </li>
            ))}
          </ul>
          <CollaborationNetwork centre={o.name} collaborators={collaborators} total={collaboratorCount} />
        </div>
      </section>
      <p className="mt-10 text-sm">
        <span className="text-muted">{o.sources.length === 1 ? "Source" : "Sources"}: </span>
        {o.sources.map((s, i) => (
          <span key={s.sourceDocument.file}>
            {i > 0 && "; "}
            <Link href={`/about#${sourceAnchor(s.sourceDocument.file)}`} prefetch={false}>
              {s.sourceDocument.title}
            </Link>
          </span>
        ))}
      </p>
    </>
  );
}
