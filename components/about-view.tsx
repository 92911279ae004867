import Link from "next/link";
import type { AboutData } from "@/lib/catalogue/about-data";
import { formatPartialDate } from "@/lib/format/partial-date";
import { PeriodChart, PeriodLegend } from "./period-chart";
import { TableScroll } from "./table-scroll";

export function AboutView({ data }: { data: AboutData }) {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">About the data</h1>
      <p className="mt-3">
        Every record comes from one of the documents below. Names, figures, dates and places are carried over exactly;
        summaries and descriptions are written in our own words. Where a document states nothing, the site says “not
        stated”. Where a document contradicts itself or prints a malformed figure, the record keeps the printed value,
        our reading and a note — listed at the end of this page and on the project’s own page.
      </p>
      <section aria-labelledby="sources" className="mt-8">
        <h2 id="sources" className="text-2xl font-semibold">Source documents</h2>
        {data.sources.map((s) => (
          <article key={s.file} id={s.file.replace(/\.txt$/, "")} className="mt-5 rounded-lg border border-line p-4">
            <h3 className="text-lg font-semibold">{s.title}</h3>
            <p className="text-sm text-muted">
              {s.kind === "brochure" ? "Brochure" : "Web page"} · file <code>{s.file}</code> · language {s.language}
              {s.date && <> · dated {formatPartialDate(s.date)}</>} · publisher {s.publisher ?? "not stated"}
            </p>
            <p className="mt-2">{s.description}</p>
            <p className="mt-2 text-sm">
              Extracted: {s._count.projects} {s._count.projects === 1 ? "project" : "projects"},{" "}
              {s.extracted.participations} participations of {s._count.organisations} organisations, {s.extracted.results} results, {s.extracted.events} events.
            </p>
            <p className="mt-1 text-sm">
              {s.projects.map((p, i) => <span key={p.slug}>{i > 0 && " · "}<Link href={`/projects/${p.slug}`}>{p.acronym ?? p.title}</Link></span>)}
              {s._count.projects > s.projects.length && <span className="text-muted"> … and {s._count.projects - s.projects.length} more</span>}
            </p>
          </article>
        ))}
      </section>
      {data.datasets.map((d) => (
        <section key={d.slug} id={d.slug} aria-labelledby={`${d.slug}-h`} className="mt-10">
          <h2 id={`${d.slug}-h`} className="text-2xl font-semibold">{d.title}</h2>
          <PeriodChart dataset={d} />
          <PeriodLegend dataset={d} />
          <TableScroll label="Projects per period table"><table className="mt-4 w-full max-w-lg border-collapse text-left text-sm">
            <caption className="text-left text-muted">Number of {d.unit}, from {d.sourceDocument.title}</caption>
            <thead><tr className="border-b border-line"><th scope="col" className="py-1 pr-3">Strand</th>{d.periods.map((p) => <th key={p} scope="col" className="py-1 pr-3 text-right">{p}</th>)}</tr></thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.label} className="border-b border-line">
                  <th scope="row" className="py-1 pr-3 font-normal">{r.programme ? <Link href={`/programmes/${r.programme.slug}`}>{r.label}</Link> : r.label}</th>
                  {r.values.map((v, i) => <td key={i} className="py-1 pr-3 text-right tabular-nums">{v}</td>)}
                </tr>
              ))}
              <tr><th scope="row" className="py-1 pr-3">Total</th>{d.totals.map((v, i) => <td key={i} className="py-1 pr-3 text-right font-semibold tabular-nums">{v}</td>)}</tr>
            </tbody>
          </table></TableScroll>
          {d.note && <p className="mt-2 text-sm text-muted">{d.note}</p>}
        </section>
      ))}
      <section aria-labelledby="flags" className="mt-10">
        <h2 id="flags" className="text-2xl font-semibold">Known data-quality issues ({data.flagCount})</h2>
        {data.flagCount > data.flags.length && <p className="text-sm text-muted">The first {data.flags.length}; each project page shows its own.</p>}
        <TableScroll label="Data-quality issues table"><table className="mt-3 w-full border-collapse text-left text-sm">
          <thead><tr className="border-b border-line"><th scope="col" className="py-2 pr-3">Project</th><th scope="col" className="py-2 pr-3">Printed</th><th scope="col" className="py-2 pr-3">Our reading</th><th scope="col" className="py-2">Note</th></tr></thead>
          <tbody>
            {data.flags.map((f, i) => (
              <tr key={i} className="border-b border-line align-top">
                <td className="py-1.5 pr-3"><Link href={`/projects/${f.project.slug}#data-quality`}>{f.project.acronym ?? f.project.title}</Link><span className="block text-xs text-muted">{f.field}</span></td>
                <td className="py-1.5 pr-3">“{f.raw}”</td>
                <td className="py-1.5 pr-3">{f.reading ?? <em>left empty</em>}</td>
                <td className="py-1.5">{f.note}</td>
              </tr>
            ))}
          </tbody>
        </table></TableScroll>
      </section>
    </div>
  );
}
