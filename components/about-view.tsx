import { Link } from "@/lib/i18n/navigation";
import type { AboutData } from "@/lib/catalogue/about-data";
import { fieldLabel } from "@/lib/content/field-labels";
import { formatPartialDate } from "@/lib/format/partial-date";
import { sourceAnchor, sourceKind } from "@/lib/format/source-name";
import { formatSourcePages } from "@/lib/format/source-pages";
import { LICENCE } from "@/lib/seo/licence";
import { PageHeader } from "./page-header";
import { PeriodChart, PeriodLegend } from "./period-chart";
import { TableScroll } from "./table-scroll";

const LANGUAGES: Record<string, string> = {
  en: "English",
  cs: "Czech",
  lv: "Latvian",
  lt: "Lithuanian",
  de: "German",
  it: "Italian",
  fr: "French",
  sl: "Slovenian",
  hr: "Croatian",
};

export function AboutView({ data }: { data: AboutData }) {
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="About the data"
        lead={
          <p>
            Every record comes from one of the documents below. Names, figures, dates and places are carried over
            exactly; summaries and descriptions are written in our own words. Where a document states nothing, the site
            says “not stated”.
          </p>
        }
      >
        <p className="mt-3">
          Where a document contradicts itself or prints a malformed figure, the record keeps the printed value, our
          reading and a note — listed <a href="#flags">at the end of this page</a> and on the project’s own page.
        </p>
        <p className="mt-3">
          {LICENCE.before}{" "}
          <a href={LICENCE.url} rel="license">
            {LICENCE.name}
          </a>{" "}
          {LICENCE.after}
        </p>
      </PageHeader>
      <section aria-labelledby="sources">
        <h2 id="sources" className="text-xl font-bold">
          Source documents
        </h2>
        {data.sources.map((s) => (
          <article
            key={s.file}
            id={sourceAnchor(s.file)}
            aria-labelledby={`${sourceAnchor(s.file)}-title`}
            className="mt-5 scroll-mt-4 rounded-lg border border-line p-4 target:border-2 target:border-brand sm:p-5"
          >
            <h3 id={`${sourceAnchor(s.file)}-title`} className="text-lg font-bold">
              {s.title}
            </h3>
            <p className="mt-1 text-sm text-muted">
              {sourceKind(s.kind).replace(/^./, (c) => c.toUpperCase())} · in {LANGUAGES[s.language] ?? s.language}
              {s.date && <> · dated {formatPartialDate(s.date)}</>} · publisher {s.publisher ?? "not stated"}
            </p>
            <p className="mt-2">{s.description}</p>
            <p className="mt-2 text-sm">
              Taken from it: {s._count.projects} {s._count.projects === 1 ? "project" : "projects"},{" "}
              {s.extracted.participations} participations of {s._count.organisations} organisations,{" "}
              {s.extracted.results} results, {s.extracted.events} events.
            </p>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {s.projects.map((p) => {
                const pages = formatSourcePages(p.pages);
                return (
                  <li key={p.slug}>
                    <Link href={`/projects/${p.slug}`} prefetch={false}>
                      {p.acronym ?? p.title}
                    </Link>
                    {pages && <span className="text-muted"> ({pages})</span>}
                  </li>
                );
              })}
              {s._count.projects > s.projects.length && (
                <li className="text-muted">… and {s._count.projects - s.projects.length} more</li>
              )}
            </ul>
          </article>
        ))}
      </section>
      {data.datasets.map((d) => (
        <section key={d.slug} id={d.slug} aria-labelledby={`${d.slug}-h`} className="mt-12">
          <h2 id={`${d.slug}-h`} className="text-xl font-bold">
            {d.title}
          </h2>
          <PeriodChart dataset={d} />
          <PeriodLegend dataset={d} />
          <TableScroll label="Projects per period, scrollable table">
            <table className="data-table mt-4 max-w-lg">
              <caption className="pb-2 text-muted">
                Number of {d.unit}, from{" "}
                <a href={`#${sourceAnchor(d.sourceDocument.file)}`}>{d.sourceDocument.title}</a>
                {formatSourcePages(d.sourcePages) && `, ${formatSourcePages(d.sourcePages)}`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Strand</th>
                  {d.periods.map((p) => (
                    <th key={p} scope="col" className="num">
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" className="font-normal">
                      {r.programme ? (
                        <Link href={`/programmes/${r.programme.slug}`} prefetch={false}>
                          {r.label}
                        </Link>
                      ) : (
                        r.label
                      )}
                    </th>
                    {r.values.map((v, i) => (
                      <td key={i} className="num">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">Total</th>
                  {d.totals.map((v, i) => (
                    <td key={i} className="num font-semibold">
                      {v}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </TableScroll>
          {d.note && <p className="mt-2 text-sm text-muted">{d.note}</p>}
        </section>
      ))}
      <section aria-labelledby="flags-h" id="flags" className="mt-12">
        <h2 id="flags-h" className="text-xl font-bold">
          Known data-quality issues ({data.flagCount})
        </h2>
        {data.flagCount > data.flags.length && (
          <p className="text-sm text-muted">The first {data.flags.length}; each project page shows its own.</p>
        )}
        <TableScroll label="Data-quality issues, scrollable table">
          <table className="data-table mt-3">
            <caption className="sr-only">
              Data-quality issues: the project and field, what the source prints, our reading and a note
            </caption>
            <thead>
              <tr>
                <th scope="col">Project and field</th>
                <th scope="col">Printed</th>
                <th scope="col">Our reading</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {data.flags.map((f, i) => (
                <tr key={i}>
                  <th scope="row" className="min-w-32 font-normal">
                    <Link href={`/projects/${f.project.slug}#data-quality`} prefetch={false}>
                      {f.project.acronym ?? f.project.title}
                    </Link>
                    <span className="block text-xs text-muted">{fieldLabel(f.field)}</span>
                  </th>
                  <td className="min-w-28">“{f.raw}”</td>
                  <td className="min-w-28">{f.reading ?? <em>left empty</em>}</td>
                  <td className="min-w-64">{f.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
