// Writes the latest benchmark of each dataset as a table into docs/performance.md (between markers).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import type { ColdResult } from "./cold-load";
import type { LoadResult } from "./load-test";
import type { PageViewCost } from "./page-view";
import type { QueryTiming } from "./query-timing";
import type { RoundTrips } from "./round-trips";

export type BenchResult = {
  date: string;
  dataset: string;
  projects: number;
  connections: number;
  seconds: number;
  /** App processes serving (ATLAS_WORKERS); absent in results from before the option: 1. */
  workers?: number;
  /** Warm figures' baseline; null when only cold figures were measured (--cold-only). */
  baseline: LoadResult | null;
  urls: {
    name: string;
    path: string;
    firstRenderMs?: number;
    load: LoadResult;
    htmlGzip: number | null;
    htmlRaw?: number | null;
    firstLoadJsGzip: number | null;
  }[];
  coldBaseline?: ColdResult | null;
  cold?: { name: string; connections: number; result: ColdResult }[];
  pageViews?: PageViewCost[];
  bulkSeconds?: number | null;
  exportsUnderLoad?: {
    name: string;
    alone: ColdResult;
    during: ColdResult;
    downloads: number;
    megabytes: number;
    statuses: Record<string, number>;
  }[];
  roundTrips?: RoundTrips[];
  queries: QueryTiming[];
};

const kb = (n: number | null) => (n === null ? "—" : (n / 1024).toFixed(1));

function coldTable(r: BenchResult): string[] {
  if (!r.cold?.length || !r.coldBaseline) return [];
  const base = r.coldBaseline;
  return [
    `**First requests** (each URL once, as crawlers, shared links and the long tail arrive; nothing from a cache). Baseline: a bare Node server sending a project page's bytes the same way, **${base.requestsPerSecond} req/s**, p50 ${base.p50} ms, p99 ${base.p99} ms.`,
    "",
    "| page kind | connections | URLs | req/s | p50 ms | p95 ms | p99 ms | errors | × baseline |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.cold.map(
      (c) =>
        `| ${c.name} | ${c.connections} | ${c.result.urls} | ${c.result.requestsPerSecond} | ${c.result.p50} | ${c.result.p95} | ${c.result.p99} | ${c.result.errors + c.result.non2xx} | ${(c.result.requestsPerSecond / base.requestsPerSecond).toFixed(3)} |`,
    ),
    "",
    ...(r.pageViews?.length
      ? [
          "| one page view in Chromium (empty cache, until the network is quiet) | requests reaching the server | of which RSC | server time ms |",
          "| --- | ---: | ---: | ---: |",
          ...r.pageViews.map((v) => `| ${v.path} | ${v.renders} | ${v.rscRequests} | ${v.serverMs} |`),
          "",
        ]
      : []),
    ...(r.exportsUnderLoad?.length
      ? [
          "| cold project pages (10 connections, fresh URLs) while … | req/s alone | req/s during | kept | p99 ms alone | p99 ms during | exports finished | MB sent | statuses |",
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
          ...r.exportsUnderLoad.map(
            (e) =>
              `| ${e.name} | ${e.alone.requestsPerSecond} | ${e.during.requestsPerSecond} | ${Math.round((100 * e.during.requestsPerSecond) / Math.max(e.alone.requestsPerSecond, 0.1))} % | ${e.alone.p99} | ${e.during.p99} | ${e.downloads} | ${e.megabytes} | ${Object.entries(
                e.statuses,
              )
                .map(([k, v]) => `${k}: ${v}`)
                .join(", ")} |`,
          ),
          "",
          ...(r.bulkSeconds != null
            ? [
                `Whole-catalogue export files were ready ${r.bulkSeconds} s after the server started (0: made at an earlier start for this seed).`,
                "",
              ]
            : []),
        ]
      : []),
    ...(r.roundTrips?.length
      ? [
          "| page kind (fresh URLs, one at a time) | pages | statements per page | database ms per page | rows per page | costliest statement |",
          "| --- | ---: | ---: | ---: | ---: | --- |",
          ...r.roundTrips.map(
            (t) =>
              `| ${t.kind} | ${t.pages} | ${t.statementsPerPage} | ${t.dbMsPerPage} | ${t.rowsPerPage} | ${t.top[0] ? `${t.top[0].calls}× \`${t.top[0].query.replace(/\|/g, "\\|").slice(0, 60)}\`` : "—"} |`,
          ),
          "",
        ]
      : []),
    "**Warm** (the same URL for the whole run: served mostly by the in-process HTTP cache).",
    "",
  ];
}

export function summaryTable(r: BenchResult): string {
  const baseline = r.baseline;
  const warm = baseline
    ? [
        `${r.connections} connections, ${r.seconds} s per URL. Baseline (bare Node, the project page's bytes): **${baseline.requestsPerSecond} req/s**, p99 ${baseline.p99} ms. "First render" is each URL's first request on the fresh server (rendered and queried, nothing cached); the load test that follows is served mostly from the in-process HTTP cache.`,
        "",
        "| URL | req/s | p50 ms | p99 ms | errors | × baseline | first render ms | HTML KB raw | HTML KB gzip | first-load JS KB gzip |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...r.urls.map(
          (u) =>
            `| ${u.name} | ${u.load.requestsPerSecond} | ${u.load.p50} | ${u.load.p99} | ${u.load.errors + u.load.non2xx} | ${(u.load.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)} | ${u.firstRenderMs ?? "—"} | ${kb(u.htmlRaw ?? null)} | ${kb(u.htmlGzip)} | ${kb(u.firstLoadJsGzip)} |`,
        ),
        "",
        "| catalogue query (page) | p50 ms | p95 ms | statement |",
        "| --- | ---: | ---: | --- |",
        ...r.queries.map(
          (q) => `| ${q.label} | ${q.p50} | ${q.p95} | \`${q.sql.replace(/\|/g, "\\|").slice(0, 90)}\` |`,
        ),
      ]
    : ["(Cold figures only: `npm run bench -- --cold-only`.)"];
  const lines = [
    `### ${r.dataset === "synthetic" ? "Synthetic catalogue" : "Real content"}: ${r.projects.toLocaleString("en-GB")} projects (${r.date.slice(0, 16).replace("T", " ")} UTC${(r.workers ?? 1) > 1 ? `, ${r.workers} app processes (ATLAS_WORKERS)` : ""})`,
    "",
    ...coldTable(r),
    ...warm,
  ];
  return lines.join("\n");
}

/** Writes the tables into `file`, formatted as `npm run format` would (the test suite checks formatting). */
export async function writePerformanceSummary(r: BenchResult, file = "docs/performance.md") {
  const start = `<!-- bench:${r.dataset}:start -->`;
  const end = `<!-- bench:${r.dataset}:end -->`;
  let doc = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const block = `${start}\n${summaryTable(r)}\n${end}`;
  // A replacer function: the SQL in the table holds `$` sequences that a replacement string would interpret.
  doc = doc.includes(start)
    ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block)
    : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, await format(doc, { ...(await resolveConfig(file)), filepath: file }));
}
