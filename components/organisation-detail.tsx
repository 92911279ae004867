import Link from "next/link";
import type { OrganisationPageData } from "@/lib/catalogue/organisations";
import { countryName } from "@/lib/format/countries";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { ROLE_LABELS } from "@/lib/format/status";
import { organisationJsonLd } from "@/lib/seo/json-ld";
import { CollaborationNetwork } from "./collaboration-network";
import { JsonLdScript } from "./json-ld";
import { TableScroll } from "./table-scroll";

export function OrganisationDetailView({ data }: { data: OrganisationPageData }) {
  const { organisation: o, collaborators, collaboratorCount } = data;
  return (
    <>
      <JsonLdScript data={organisationJsonLd(data)} />
      <p className="text-sm text-muted"><Link href="/organisations">Organisations</Link> <span aria-hidden="true">›</span> {o.name}</p>
      <h1 className="mt-2 text-3xl font-bold">{o.name}</h1>
      <p className="mt-1 text-muted">
        {o.shortName && <>{o.shortName} · </>}
        {o.countryCode ? <Link href={`/countries/${o.countryCode.toLowerCase()}`}>{countryName(o.countryCode)}</Link> : "Country not stated"}
      </p>
      {o.aliases.length > 0 && (
        <p className="mt-2 text-sm"><span className="text-muted">Also written in the sources as: </span>{o.aliases.map((a) => a.name).join(" · ")}</p>
      )}
      <section aria-labelledby="projects" className="mt-8">
        <h2 id="projects" className="text-xl font-semibold">Projects ({o._count.participations})</h2>
        {o._count.participations > o.participations.length && <p className="text-sm text-muted">Showing the first {o.participations.length}.</p>}
        <TableScroll label="Projects table"><table className="mt-3 w-full border-collapse text-left text-sm">
          <caption className="sr-only">Projects of {o.name} and its role in each</caption>
          <thead><tr className="border-b border-line"><th scope="col" className="py-2 pr-3">Project</th><th scope="col" className="py-2 pr-3">Role</th><th scope="col" className="py-2 pr-3">Period</th><th scope="col" className="py-2 text-right">Total budget</th></tr></thead>
          <tbody>
            {o.participations.map(({ project: p, role, nameAsStated }) => (
              <tr key={p.slug} className="border-b border-line align-top">
                <td className="py-1.5 pr-3"><Link href={`/projects/${p.slug}`}>{p.acronym ?? p.title}</Link>{nameAsStated !== o.name && <span className="block text-xs text-muted">named “{nameAsStated}”</span>}</td>
                <td className="py-1.5 pr-3">{ROLE_LABELS[role]}</td>
                <td className="py-1.5 pr-3">{formatPeriod(p.startText, p.endText) ?? <span className="italic text-muted">not stated</span>}</td>
                <td className="py-1.5 text-right tabular-nums">{formatEuros(p.totalBudget)}</td>
              </tr>
            ))}
          </tbody>
        </table></TableScroll>
      </section>
      <section aria-labelledby="network" className="mt-8">
        <h2 id="network" className="text-xl font-semibold">Has worked with ({collaboratorCount})</h2>
        {collaboratorCount > collaborators.length && <p className="text-sm text-muted">The {collaborators.length} most frequent partners.</p>}
        <div className="mt-3 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <ul className="columns-1 gap-6 text-sm sm:columns-2">
            {collaborators.map((c) => <li key={c.slug} className="mb-1"><Link href={`/organisations/${c.slug}`}>{c.name}</Link>{c.projects > 1 && <span className="text-muted"> ({c.projects} projects)</span>}</li>)}
          </ul>
          <CollaborationNetwork centre={o.name} collaborators={collaborators} total={collaboratorCount} />
        </div>
      </section>
      <p className="mt-8 text-sm text-muted">Sources: {o.sources.map((s) => s.sourceDocument.title).join("; ")}.</p>
    </>
  );
}
