// `npm run bench -- [--dataset real|synthetic] [--seconds 10] [--connections 20] [--workers 1] [--cold-only] [--queries-only]`:
// builds if needed and starts the production server on the chosen dataset. First, cold figures: distinct URLs of every
// page kind sampled from the catalogue, each requested exactly once (10 connections, and 1 for project pages and
// lists), beside a bare-Node baseline sending a project page's bytes the same way; and what one page view in Chromium
// costs the server. Then warm figures: a fixed list of URLs load-tested for `seconds` each (served mostly by the
// in-process HTTP cache). Then page weight and the database time of the catalogue queries. Writes
// bench/results/<time>-<dataset>.json plus the summary tables in docs/performance.md.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer, get as httpGet } from "node:http";
import { parseArgs } from "node:util";
import pg from "pg";
import { coldLoad, type ColdResult } from "../lib/bench/cold-load";
import { sampleColdUrls, type ColdKind } from "../lib/bench/cold-urls";
import { loadTest, type LoadResult } from "../lib/bench/load-test";
import { pageViewCosts, type PageViewCost } from "../lib/bench/page-view";
import { downloadLoop } from "../lib/bench/downloads";
import { pageWeight } from "../lib/bench/page-weight";
import { enableStatementStats, roundTrips, type RoundTrips } from "../lib/bench/round-trips";
import { captureQueries, explainTimings } from "../lib/bench/query-timing";
import { writePerformanceSummary, type BenchResult } from "../lib/bench/report";
import { getCountry, listCountries } from "../lib/catalogue/countries";
import { getProject } from "../lib/catalogue/get-project";
import { getHeadlineFigures } from "../lib/catalogue/headline-figures";
import { getAboutData } from "../lib/catalogue/about-data";
import { getOrganisation, listOrganisations } from "../lib/catalogue/organisations";
import { getCatalogueView } from "../lib/catalogue/catalogue-view";
import { getProgramme, listProgrammes } from "../lib/catalogue/programmes";
import { searchProjects } from "../lib/catalogue/search-projects";
import { freePort, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { migrate } from "../lib/db/migrate";
import { parseProjectFilters } from "../lib/filters/project-filters";

const { values } = parseArgs({
  options: {
    dataset: { type: "string", default: "real" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    // App processes (ATLAS_WORKERS, scripts/start.ts): 2 uses both cores of the reference machine for rendering.
    workers: { type: "string", default: "1" },
    "queries-only": { type: "boolean", default: false },
    "cold-only": { type: "boolean", default: false },
  },
});
const dataset = values.dataset === "synthetic" ? "synthetic" : "real";
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const workers = Math.max(1, Number(values.workers) || 1);

console.log(
  `Benchmark on the ${dataset} dataset: ${connections} connections, ${seconds} s per URL, ${workers} app process(es)`,
);
const queriesOnly = values["queries-only"];
if (!queriesOnly && spawnSync(process.execPath, ["scripts/build-if-needed.mjs"], { stdio: "inherit" }).status !== 0)
  process.exit(1);

const pgServer = await startEmbeddedPostgres({
  dataDir: dataset === "synthetic" ? ".data/synthetic-postgres" : ".data/bench-real-postgres",
  // Statement statistics, for the round trips and database time of each page kind.
  flags: ["-c", "shared_preload_libraries=pg_stat_statements"],
});
const url = pgServer.url;
await migrate(url);
await enableStatementStats(url);
const probe = new pg.Client({ connectionString: url });
await probe.connect();
if (dataset === "real") {
  spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
}
const [{ n }] = (await probe.query<{ n: number }>("SELECT count(*)::int AS n FROM project")).rows;
if (n === 0)
  throw new Error("The synthetic database is empty: run `npm run seed:synthetic -- --projects 100000` first.");
// Representative records: a mid-budget project, the country with most projects, a strand, a typical organisation.
const pick = async (sql: string) => (await probe.query<{ v: string }>(sql)).rows[0].v;
const project = await pick(
  "SELECT slug AS v FROM project WHERE total_budget IS NOT NULL ORDER BY total_budget, slug OFFSET (SELECT count(total_budget) / 2 FROM project) LIMIT 1",
);
// Another project, rendered once before measuring so that the first render below is not the server's very first.
const warmUpProject = await pick(`SELECT slug AS v FROM project WHERE slug <> '${project}' ORDER BY slug LIMIT 1`);
const country = await pick(
  "SELECT lower(country_code) AS v FROM project_country GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
);
const theme = await pick(
  "SELECT t.slug AS v FROM theme t JOIN project_theme pt ON pt.theme_id = t.id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
);
const programme = "interreg-b";
const organisation = await pick(
  `SELECT o.slug AS v FROM organisation o JOIN participation p ON p.organisation_id = o.id GROUP BY o.slug ORDER BY count(*) DESC, o.slug OFFSET (SELECT count(*) / 2 FROM organisation) LIMIT 1`,
);
await probe.end();
const deepPage = Math.max(1, Math.floor(n / 20 / 2));
const C = country.toUpperCase();

const URLS: [string, string][] = [
  ["home", "/"],
  ["projects", "/projects"],
  ["projects, 3 filters", `/projects?country=${C}&theme=${theme}&status=completed`],
  ["projects, text search", "/projects?q=integration"],
  ["projects by budget, deep page", `/projects?sort=budget-desc&page=${deepPage}`],
  ["project page", `/projects/${project}`],
  ["country page", `/countries/${country}`],
  ["programme page", `/programmes/${programme}`],
  ["organisation page", `/organisations/${organisation}`],
  ["API query", `/api/v1/projects?country=${C}&theme=${theme}`],
  ["CSV export", `/projects.csv?country=${C}&theme=${theme}&status=completed&programme=interreg-a`],
];

const rows: {
  name: string;
  path: string;
  firstRenderMs: number;
  load: LoadResult;
  htmlGzip: number | null;
  htmlRaw: number | null;
  firstLoadJsGzip: number | null;
}[] = [];
const coldRows: { name: string; connections: number; result: ColdResult }[] = [];
const exportsUnderLoad: {
  name: string;
  alone: ColdResult;
  during: ColdResult;
  downloads: number;
  megabytes: number;
  statuses: Record<string, number>;
}[] = [];
let bulkSeconds: number | null = null;
const trips: RoundTrips[] = [];
let coldBaseline: ColdResult | null = null;
let pageViews: PageViewCost[] = [];
const coldOnly = values["cold-only"];
// Each URL once: sample sizes per kind (fewer when the catalogue has fewer), plus disjoint samples for one connection.
const COLD: Record<ColdKind, number> = {
  "project pages": 1020,
  "filtered lists": 520,
  searches: 220,
  "organisation pages": 320,
  "country pages": 320,
  "programme pages": 320,
};
const coldUrls = queriesOnly ? null : await sampleColdUrls(url, COLD);
// 20 more URLs of each kind, requested one at a time to count each page's statements and database time.
const probeUrls = coldUrls
  ? Object.fromEntries(Object.entries(coldUrls).map(([kind, list]) => [kind, list.splice(-20)]))
  : null;
const baselineLoad = queriesOnly ? null : await loadUrls();

async function loadUrls(): Promise<LoadResult | null> {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      ATLAS_SEED: "skip",
      ATLAS_WORKERS: String(workers),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) break;
    if (i > 600) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }

  // The server makes the whole-catalogue export files after it starts (in its export pool); measuring while it does
  // would measure that work. Wait for them.
  const bulkStarted = performance.now();
  const bulkProbe = new pg.Client({ connectionString: url });
  await bulkProbe.connect();
  for (;;) {
    const { rows: done } = await bulkProbe.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM bulk_export WHERE seed_run_id = (SELECT max(id) FROM seed_run)",
    );
    if (done[0].n >= 6) break;
    if (performance.now() - bulkStarted > 15 * 60_000) throw new Error("bulk export files not produced in 15 min");
    await new Promise((r) => setTimeout(r, 500));
  }
  await bulkProbe.end();
  bulkSeconds = Math.round((performance.now() - bulkStarted) / 100) / 10;
  console.log(`whole-catalogue export files ready after ${bulkSeconds} s`);

  // Baseline: a bare Node server sending the exact bytes of the project page.
  await fetch(`${base}/projects/${warmUpProject}`).then((r) => r.arrayBuffer());
  const projectStarted = performance.now();
  const projectBytes = Buffer.from(await (await fetch(`${base}${URLS[5][1]}`)).arrayBuffer());
  const projectFirstRenderMs = Math.round(performance.now() - projectStarted);
  const basePort = await freePort();
  const baseline = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": projectBytes.length });
    res.end(projectBytes);
  }).listen(basePort);

  // Cold: a route's very first render in a process is not what visitors meet; render a few URLs of each kind first,
  // in every worker process: each on a new connection, which the cluster hands to the workers in turn.
  for (const path of [
    "/",
    `/projects/${warmUpProject}`,
    "/projects?q=warm",
    `/countries/${country}`,
    `/programmes/${programme}`,
    `/organisations/${organisation}`,
  ]) {
    for (let k = 0; k < 3 * workers; k++)
      await getOnNewConnection(`${base}${path}${path.includes("?") ? "&" : "?"}warm=${k}`);
  }
  if (coldUrls) {
    const split = (list: string[], first: number) => [list.slice(0, first), list.slice(first)] as const;
    // Project pages: 500 for 10 connections, then disjoint sets for 1 connection, and for 10 connections alone and
    // during exports (each URL is requested once in the whole run).
    const quarter = Math.floor(coldUrls["project pages"].length / 4);
    const [projects10, restOfProjects] = split(coldUrls["project pages"], Math.min(500, quarter * 2));
    const [projects1, duringSets] = split(restOfProjects, Math.min(150, quarter));
    const exportSets = [0, 1, 2, 3].map((i) =>
      duringSets.slice(Math.floor((i * duringSets.length) / 4), Math.floor(((i + 1) * duringSets.length) / 4)),
    );
    const [lists10, lists1] = split(
      coldUrls["filtered lists"],
      Math.min(400, Math.ceil(coldUrls["filtered lists"].length * 0.8)),
    );
    // The baseline answers any path with the same bytes: 600 requests, whatever the catalogue's size.
    const baselinePaths = Array.from({ length: 600 }, (_, i) => `/baseline/${i}`);
    coldBaseline = await coldLoad(`http://127.0.0.1:${basePort}`, baselinePaths, 10);
    console.log(
      `cold baseline (bare Node, ${baselinePaths.length} requests): ${coldBaseline.requestsPerSecond} req/s  p50 ${coldBaseline.p50} ms  p99 ${coldBaseline.p99} ms`,
    );
    const runs: [string, string[], number][] = [
      ["project pages", projects10, 10],
      ["filtered lists", lists10, 10],
      ["searches", coldUrls.searches, 10],
      ["organisation pages", coldUrls["organisation pages"], 10],
      ["country pages", coldUrls["country pages"], 10],
      ["programme pages", coldUrls["programme pages"], 10],
      ["project pages", projects1, 1],
      ["filtered lists", lists1, 1],
    ];
    for (const [name, paths, c] of runs) {
      const result = await coldLoad(base, paths, c);
      coldRows.push({ name, connections: c, result });
      console.log(
        `cold ${name.padEnd(20)} ${String(c).padStart(2)} conn  ${String(result.urls).padStart(4)} URLs  ${String(result.requestsPerSecond).padStart(6)} req/s  p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  errors ${result.errors + result.non2xx}  ratio ${(result.requestsPerSecond / coldBaseline.requestsPerSecond).toFixed(3)}`,
      );
    }
    for (const [kind, paths] of Object.entries(probeUrls ?? {})) {
      const t = await roundTrips(base, url, kind, paths);
      trips.push(t);
      console.log(
        `round trips ${kind.padEnd(20)} ${t.statementsPerPage} statements/page  ${t.dbMsPerPage} ms database time/page  ${t.rowsPerPage} rows/page\n${t.top.map((q) => `    ${q.calls}× ${q.ms} ms  ${q.query}`).join("\n")}`,
      );
    }
    // Six researchers downloading at once: the whole-catalogue file (served as a file), then a large filtered export
    // (run in the export pool). Cold project pages alone and during each, on fresh URLs.
    const exportRuns: [string, string, number][] = [
      ["6 whole-catalogue participation downloads", "/participations.csv", 0],
      ["6 filtered participation exports (q=integration)", "/participations.csv?q=integration", 2],
    ];
    for (const [name, path, set] of exportRuns) {
      const [aloneSet, duringSet] = [exportSets[set], exportSets[set + 1]];
      const alone = await coldLoad(base, aloneSet, 10);
      const downloads = downloadLoop(base, path, 6);
      await new Promise((r) => setTimeout(r, 1_000));
      const during = await coldLoad(base, duringSet, 10);
      const { finished, megabytes, statuses } = await downloads.stop();
      exportsUnderLoad.push({ name, alone, during, downloads: finished, megabytes, statuses });
      console.log(
        `cold project pages during ${name}: ${during.requestsPerSecond} req/s (alone ${alone.requestsPerSecond}; ${Math.round((100 * during.requestsPerSecond) / Math.max(alone.requestsPerSecond, 0.1))} %)  p99 ${during.p99} ms (alone ${alone.p99})  downloads finished ${finished}, ${megabytes} MB sent (gzip), statuses ${JSON.stringify(statuses)}`,
      );
    }
    pageViews = await pageViewCosts(base, ["/", "/projects", `/projects/${project}`]);
    for (const v of pageViews)
      console.log(
        `page view ${v.path}: ${v.renders} server requests (${v.rscRequests} RSC), ${v.serverMs} ms of server time`,
      );
  }
  if (coldOnly) {
    baseline.close();
    server.kill("SIGTERM");
    await once(server, "exit");
    return null;
  }

  const baselineLoad = await loadTest(`http://127.0.0.1:${basePort}/`, { connections, seconds });
  console.log(`baseline: ${baselineLoad.requestsPerSecond} req/s`);
  for (const [name, path] of URLS) {
    // The first request renders (nothing is cached yet on a fresh server); the load test then measures the cache.
    const started = performance.now();
    await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
    // (The project page was first rendered above, for the baseline's bytes.)
    const firstRenderMs = path === URLS[5][1] ? projectFirstRenderMs : Math.round(performance.now() - started);
    const load = await loadTest(`${base}${path}`, { connections, seconds });
    const weight = name === "CSV export" || name === "API query" ? null : await pageWeight(`${base}${path}`);
    rows.push({
      name,
      path,
      firstRenderMs,
      load,
      htmlGzip: weight?.htmlGzip ?? null,
      htmlRaw: weight?.htmlRaw ?? null,
      firstLoadJsGzip: weight?.firstLoadJsGzip ?? null,
    });
    console.log(
      `${name.padEnd(32)} ${String(load.requestsPerSecond).padStart(6)} req/s  p50 ${load.p50} ms  p99 ${load.p99} ms  errors ${load.errors + load.non2xx}  ratio ${(load.requestsPerSecond / baselineLoad.requestsPerSecond).toFixed(3)}  first render ${firstRenderMs} ms`,
    );
  }
  baseline.close();
  server.kill("SIGTERM");
  await once(server, "exit");
  return baselineLoad;
}

if (coldOnly) {
  await pgServer.stop();
  await saveResult({ baseline: null, urls: [], queries: [] });
  process.exit(0);
}
console.log("Timing the catalogue queries (EXPLAIN ANALYZE, 20 runs each)…");
const f = (qs: string) => parseProjectFilters(new URLSearchParams(qs)).filters;
const queries = await captureQueries(url, [
  { label: "home", run: () => Promise.all([getHeadlineFigures(), listCountries(), listProgrammes()]) },
  { label: "projects", run: () => getCatalogueView(f("")) },
  { label: "projects, 3 filters", run: () => getCatalogueView(f(`country=${C}&theme=${theme}&status=completed`)) },
  { label: "projects, text search", run: () => getCatalogueView(f("q=integration")) },
  { label: "projects by budget, deep page", run: () => searchProjects(f(`sort=budget-desc&page=${deepPage}`)) },
  { label: "project page", run: () => getProject(project) },
  { label: "country page", run: () => Promise.all([getCountry(C), searchProjects(f(`country=${C}`))]) },
  {
    label: "programme page",
    run: () => Promise.all([getProgramme(programme), searchProjects(f(`programme=${programme}&sort=budget-desc`))]),
  },
  { label: "organisation page", run: () => getOrganisation(organisation) },
  // Not in the load test, but catalogue pages too.
  { label: "organisation list", run: () => listOrganisations({ q: null, country: null, role: null, page: 1 }) },
  { label: "organisation search", run: () => listOrganisations({ q: "institut", country: C, role: null, page: 1 }) },
  { label: "about page", run: () => getAboutData() },
  {
    label: "projects, budget and period",
    run: () => getCatalogueView(f(`min=250000&max=2000000&from=2015&to=2020&sort=start-desc`)),
  },
  { label: "projects, phrase search", run: () => getCatalogueView(f(`q=%22social+inclusion%22`)) },
]);
const timings = await explainTimings(url, queries);
await pgServer.stop();

const slow = timings.filter((t) => t.p95 >= 20);
console.log(
  `Queries: ${timings.length}; p95 ≥ 20 ms: ${slow.length}${slow.map((t) => `\n  ${t.label}: p95 ${t.p95} ms — ${t.sql}`).join("")}`,
);
if (!baselineLoad) process.exit(0); // --queries-only: nothing is recorded

await saveResult({ baseline: baselineLoad, urls: rows, queries: timings });
process.exit(0);

/** One GET on a connection of its own (no keep-alive), read to the end. */
function getOnNewConnection(url: string): Promise<void> {
  return new Promise((resolve, reject) =>
    httpGet(url, { agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve());
    }).on("error", reject),
  );
}

/** Writes bench/results/<time>-<dataset>.json and the summary tables in docs/performance.md. */
async function saveResult(parts: Pick<BenchResult, "baseline" | "urls" | "queries">) {
  const result: BenchResult = {
    date: new Date().toISOString(),
    dataset,
    projects: n,
    connections,
    seconds,
    workers,
    coldBaseline,
    cold: coldRows,
    bulkSeconds,
    exportsUnderLoad,
    roundTrips: trips,
    pageViews,
    ...parts,
  };
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${result.date.replace(/[:.]/g, "-")}-${dataset}.json`;
  writeFileSync(file, JSON.stringify(result, null, 2));
  await writePerformanceSummary(result);
  console.log(`Results: ${file}; summary in docs/performance.md`);
}
