// Writes the latest benchmark of each dataset as a table into docs/performance.md (between markers).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { LoadResult } from "./load-test";
import type { QueryTiming } from "./query-timing";

type Result = {
  date: string; dataset: string; projects: number; connections: number; seconds: number; baseline: LoadResult;
  urls: { name: string; path: string; firstRenderMs?: number; load: LoadResult; htmlGzip: number | null; firstLoadJsGzip: number | null }[];
  queries: QueryTiming[];
};

const kb = (n: number | null) => (n === null ? "—" : (n / 1024).toFixed(1));

export function summaryTable(r: Result): string {
  const lines = [
    `### ${r.dataset === "synthetic" ? "Synthetic catalogue" : "Real content"}: ${r.projects.toLocaleString("en-GB")} projects (${r.date.slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `${r.connections} connections, ${r.seconds} s per URL. Baseline (bare Node, the project page's bytes): **${r.baseline.requestsPerSecond} req/s**, p99 ${r.baseline.p99} ms. "First render" is each URL's first request on the fresh server (rendered and queried, nothing cached); the load test that follows is served mostly from the response cache.`,
    "",
    "| URL | req/s | p50 ms | p99 ms | errors | × baseline | first render ms | HTML KB gzip | first-load JS KB gzip |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.urls.map((u) => `| ${u.name} | ${u.load.requestsPerSecond} | ${u.load.p50} | ${u.load.p99} | ${u.load.errors + u.load.non2xx} | ${(u.load.requestsPerSecond / r.baseline.requestsPerSecond).toFixed(3)} | ${u.firstRenderMs ?? "—"} | ${kb(u.htmlGzip)} | ${kb(u.firstLoadJsGzip)} |`),
    "",
    "| catalogue query (page) | p50 ms | p95 ms | statement |",
    "| --- | ---: | ---: | --- |",
    ...r.queries.map((q) => `| ${q.label} | ${q.p50} | ${q.p95} | \`${q.sql.replace(/\|/g, "\\|").slice(0, 90)}\` |`),
  ];
  return lines.join("\n");
}

export function writePerformanceSummary(r: Result, file = "docs/performance.md") {
  const start = `<!-- bench:${r.dataset}:start -->`;
  const end = `<!-- bench:${r.dataset}:end -->`;
  let doc = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const block = `${start}\n${summaryTable(r)}\n${end}`;
  // A replacer function: the SQL in the table holds `$` sequences that a replacement string would interpret.
  doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, doc);
}
