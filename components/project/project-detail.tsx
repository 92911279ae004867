import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import { countryName } from "@/lib/format/countries";
import { absoluteUrl } from "@/lib/config";
import { projectJsonLd } from "@/lib/seo/json-ld";
import { JsonLdScript } from "../json-ld";
import { CiteBlock } from "./cite-block";
import { EventsTimeline } from "./events-timeline";
import { PartnersTable } from "./partners-table";
import { ProjectFacts } from "./project-facts";
import { QualityFlags } from "./quality-flags";
import { ReportErrorLink } from "./report-error-link";
import { ResultsList } from "./results-list";
import { ShareBlock } from "./share-block";
import { ReleaseDate } from "../releases/release-date";
import { sourceAnchor, sourceCitation, sourceKind } from "@/lib/format/source-name";

function Section({
  id,
  title,
  children,
  print = true,
}: {
  id: string;
  title: string;
  children: ReactNode;
  print?: boolean;
}) {
  return (
    <section aria-labelledby={id} className={`mt-10 print:mt-2 ${print ? "" : "print:hidden"}`}>
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const notStated = <p className="italic text-muted">Not stated in the source.</p>;

/** `lastChange`: the last data release that added or changed this project (lib/catalogue/releases.ts). */
export function ProjectDetailView({
  data,
  lastChange = null,
}: {
  data: ProjectPageData;
  lastChange?: { id: number; releasedAt: Date } | null;
}) {
  const { project } = data;
  const source = project.sourceDocument;
  return (
    <article>
      <JsonLdScript data={projectJsonLd(data)} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm print:hidden">
        <ol className="flex flex-wrap items-center gap-x-2">
          <li className="flex items-center gap-x-2">
            <Link href="/projects" prefetch={false} className="text-ink">
              Projects
            </Link>
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
          </li>
        </ol>
      </nav>
      <h1 className="max-w-4xl text-2xl font-bold tracking-tight sm:text-3xl">
        {project.acronym && project.acronym.toLowerCase() !== project.title.toLowerCase() && (
          <span className="mb-1 block text-brand">{project.acronym}</span>
        )}
        {project.title}
      </h1>
      {project.titleIsEditorial && (
        <p className="mt-2 text-sm text-muted">The source gives this project no name; the title above is ours.</p>
      )}
      <p className="mt-4 max-w-3xl text-lg">{project.summary}</p>
      <div className="mt-6 max-w-3xl space-y-3">
        <ShareBlock url={absoluteUrl(`/projects/${project.slug}`)} title={project.acronym ?? project.title} />
        <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm print:hidden">
          <a href="#cite">Cite this record</a>
          <ReportErrorLink slug={project.slug}>Report an error</ReportErrorLink>
        </p>
        {lastChange && (
          <p className="text-sm text-muted print:hidden">
            <Link href={`/releases/${lastChange.id}#${project.slug}`} prefetch={false}>
              Last changed on <ReleaseDate date={lastChange.releasedAt} />
            </Link>{" "}
            (data release {lastChange.id})
          </p>
        )}
      </div>

      <div className="mt-8 print:mt-2">
        <ProjectFacts data={data} />
      </div>

      <Section id="description" title="About the project" print={false}>
        <div className="max-w-3xl space-y-3">
          {project.description.split("\n\n").map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </Section>

      <Section id="objectives" title="Objectives">
        {project.objectives.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {project.objectives.map((o, i) => (
              <li key={i}>{o.text}</li>
            ))}
          </ul>
        ) : (
          notStated
        )}
      </Section>

      <Section id="results" title="Results and indicators">
        {project.results.length ? <ResultsList results={project.results} /> : notStated}
      </Section>

      <Section id="partners" title="Partners">
        <PartnersTable partners={project.participations} />
      </Section>

      <Section id="area" title="Area">
        {project.countries.length ? (
          <ul className="space-y-1 print:flex print:flex-wrap print:gap-x-3 print:space-y-0">
            {project.countries.map(({ country }) => {
              const regions = project.regions.filter((r) => r.region.countryCode === country.code);
              return (
                <li key={country.code}>
                  <Link href={`/countries/${country.code.toLowerCase()}`} prefetch={false}>
                    {countryName(country.code)}
                  </Link>
                  {regions.length > 0 && <span>: {regions.map((r) => r.region.name).join(", ")}</span>}
                </li>
              );
            })}
          </ul>
        ) : (
          notStated
        )}
      </Section>

      {project.events.length > 0 && (
        <Section id="events" title="Events and meetings">
          <EventsTimeline events={project.events} />
        </Section>
      )}

      <Section id="themes" title="Themes and target groups">
        <p>
          <span className="text-muted">Themes: </span>
          {project.themes.map(({ theme }, i) => (
            <span key={theme.slug}>
              {i > 0 && ", "}
              <Link href={`/projects?theme=${theme.slug}`} prefetch={false}>
                {theme.name}
              </Link>
            </span>
          ))}
        </p>
        <p className="mt-1">
          <span className="text-muted">Target groups: </span>
          {project.targetGroups.length
            ? project.targetGroups.map(({ targetGroup }, i) => (
                <span key={targetGroup.slug}>
                  {i > 0 && ", "}
                  <Link href={`/projects?group=${targetGroup.slug}`} prefetch={false}>
                    {targetGroup.name}
                  </Link>
                </span>
              ))
            : "not stated"}
        </p>
        <p className="mt-1 text-sm text-muted print:hidden">
          Themes and target groups are our editorial tagging, not the source’s.
        </p>
      </Section>

      {project.links.length > 0 && (
        <Section id="links" title="Links given in the source">
          <ul className="list-disc pl-5">
            {project.links.map((l) => (
              <li key={l.url}>
                {l.label}:{" "}
                <a href={l.url} rel="nofollow noopener" className="break-all">
                  {l.url}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="data-quality" title="Data-quality notes">
        {project.flags.length ? (
          <QualityFlags flags={project.flags} />
        ) : (
          <p>No contradictions or malformed figures found in the source.</p>
        )}
      </Section>

      {data.related.length > 0 && (
        <Section id="related" title="Related projects" print={false}>
          <ul className="space-y-1">
            {data.related.map((r) => (
              <li key={r.slug}>
                <Link href={`/projects/${r.slug}`} prefetch={false}>
                  {r.acronym ?? r.title}
                </Link>
                <span className="text-sm text-muted">
                  {" — shares "}
                  {[
                    r.partners ? `${r.partners} ${r.partners === 1 ? "partner" : "partners"}` : null,
                    r.themes ? `${r.themes} ${r.themes === 1 ? "theme" : "themes"}` : null,
                    r.countries ? `${r.countries} ${r.countries === 1 ? "country" : "countries"}` : null,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="source" title="Source">
        <p className="max-w-3xl">
          Every fact on this page comes from the {sourceKind(source.kind)}{" "}
          <Link href={`/about#${sourceAnchor(source.file)}`} prefetch={false}>
            {sourceCitation(source, project.sourcePages)}
          </Link>
          . Summary and description are written in our own words.
        </p>
        <p className="mt-2 hidden text-xs print:block">
          Printed from {absoluteUrl(`/projects/${project.slug}`)} on {new Date().toISOString().slice(0, 10)} ·
          Integration Atlas
        </p>
      </Section>

      <Section id="cite" title="Cite this record" print={false}>
        <CiteBlock data={data} />
      </Section>
    </article>
  );
}
