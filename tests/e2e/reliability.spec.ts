// The site rides out a database outage, shuts down cleanly on SIGTERM, and keeps serving under mixed load. Each test runs its own
// embedded PostgreSQL and production server on free ports.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import autocannon from "autocannon";
import { expect, test } from "./fixtures";
import { run, startProcess, stopProcess, timedGet, within } from "./processes";

test.describe.configure({ mode: "serial", timeout: 120_000 });

test("a database outage gives the friendly 503 from its first request, /healthz says so, and the site recovers by itself", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "atlas-outage-"));
  const pgPort = await freePort();
  let pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
  const url = pg.url;
  await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/seed.ts"], { DATABASE_URL: url });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The production server as `npm start` runs it: the HTTP layer and its cache in front of Next.
  const next = startProcess(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    DATABASE_URL: url,
    ATLAS_SEED: "skip",
    PORT: String(port),
  });
  try {
    await within(30_000, async () => (await timedGet(`${base}/healthz`)).status === 200);
    // The first render of a fresh server may be slow on a busy CI machine; it is not what this test measures.
    expect((await timedGet(`${base}/projects`, 20_000)).status).toBe(200);

    expect((await timedGet(`${base}/countries`, 20_000)).status).toBe(200);

    await pg.stop();
    // The very first request after the database went away, to a page no one asked for yet (so no copy of it is kept,
    // and the health monitor has not noticed yet), is already the friendly 503 — not an error page.
    const first = await timedGet(`${base}/projects?country=AT&sort=name`);
    expect(first.status).toBe(503);
    // (A render that fails and a ping that is refused: well under a second on an idle machine; CI runs it beside
    // the other browser tests.)
    expect(first.ms).toBeLessThan(3_000);
    expect(first.body).toContain("briefly unavailable");
    // A page that was served before the outage is not served from memory either: the 503 says what is going on.
    const kept = await fetch(`${base}/countries`);
    expect(kept.status).toBe(503);
    expect(kept.headers.get("retry-after")).toBe("5");
    expect(kept.headers.get("cache-control")).toBe("no-store");
    const page = await timedGet(`${base}/projects/arc`);
    expect(page.status).toBe(503);
    expect(page.ms).toBeLessThan(2_000);
    expect(page.body).toContain("briefly unavailable");
    expect(page.body).not.toMatch(/ECONNREFUSED|Prisma|\n\s+at /);
    const health = await timedGet(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body).database.status).toBe("down");
    const api = await timedGet(`${base}/api/v1/projects`);
    expect(api.status).toBe(503);
    expect(JSON.parse(api.body).error.code).toBe("unavailable");
    expect(next.child.exitCode).toBeNull();

    pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
    const recovery = await within(5_000, async () => (await timedGet(`${base}/projects/arc`)).status === 200, 100);
    expect(recovery).toBeLessThan(5_000);
    expect((await timedGet(`${base}/api/v1/projects`)).status).toBe(200);
    expect(next.child.exitCode).toBeNull();
    expect(next.output()).toContain('"msg":"database is unreachable"');
  } finally {
    await stopProcess(next.child);
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});

// With two worker processes (ATLAS_WORKERS): the signal reaches the primary, which stops the workers (each finishing
// its in-flight requests, the same shutdown as a single process's) and only then PostgreSQL.
test("SIGTERM finishes in-flight requests, stops PostgreSQL cleanly, and the next start needs no recovery", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "atlas-shutdown-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ATLAS_PG_DIR: dataDir, PORT: String(port), DATABASE_URL: "", ATLAS_WORKERS: "2" };
  const start = startProcess(process.execPath, ["--import", "tsx", "scripts/start.ts"], env);
  try {
    await within(60_000, async () => (await timedGet(`${base}/healthz`)).status === 200, 200);
    // In flight for certain, not after a guessed delay: the server has answered with its headers and the first part
    // of the body, and the rest is still to be read when the signal arrives.
    const response = await fetch(`${base}/participations.csv`);
    const reader = response.body!.getReader();
    const first = await reader.read();
    const stopped = stopProcess(start.child, "SIGTERM");
    let body = new TextDecoder().decode(first.value);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      body += new TextDecoder().decode(chunk.value);
    const code = await stopped;
    const done = { status: response.status, body };
    expect(done.status).toBe(200);
    expect(done.body.trim().split("\n").length).toBeGreaterThan(100);
    expect(code).toBe(0);
    expect(start.output()).toContain("(2 workers, ready in");
    expect(start.output()).toContain("PostgreSQL stopped.");

    const lines: string[] = [];
    const again = await startEmbeddedPostgres({ dataDir, serverLog: (l) => lines.push(l) });
    await again.stop();
    expect(lines.join("\n")).toMatch(/database system was shut down/);
    expect(lines.join("\n")).not.toMatch(/not properly shut down|automatic recovery|was interrupted/);
  } finally {
    await stopProcess(start.child, "SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
});

// A short soak in CI (the 100,000-project soak is `npm run soak`), serial with the tests above so that their timing
// checks do not compete with it for the CPU.
test("10 s of mixed traffic at 50 connections: no errors, no unexpected status", async ({ request, baseURL }) => {
  const projects: string[] = [];
  for (const n of [1, 2])
    projects.push(
      ...(await (await request.get(`/api/v1/projects?page=${n}`)).json()).items.map((p: { slug: string }) => p.slug),
    );
  const organisations: string[] = (await (await request.get("/api/v1/organisations")).json()).items.map(
    (o: { slug: string }) => o.slug,
  );
  const countries: string[] = (await (await request.get("/api/v1/countries")).json()).items.map(
    (c: { code: string }) => c.code,
  );
  const paths = [
    "/",
    "/projects",
    "/countries",
    "/programmes",
    "/organisations",
    "/about",
    "/api/v1/programmes",
    "/sitemap.xml",
    "/feed.xml",
  ];
  projects.forEach((slug, i) => {
    const c = countries[i % countries.length];
    paths.push(
      `/projects/${slug}`,
      `/api/v1/projects/${slug}`,
      `/countries/${c.toLowerCase()}`,
      `/projects?country=${c}&sort=budget-desc`,
      `/projects?q=${slug.split("-")[0]}`,
      `/projects.csv?country=${c}`,
    );
  });
  organisations.slice(0, 40).forEach((slug) => paths.push(`/organisations/${slug}`));
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url: baseURL!,
    connections: 50,
    duration: 10,
    timeout: 10,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
    setupClient: (client) =>
      client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1)),
  });
  expect(result.errors + result.timeouts).toBe(0);
  expect(Object.fromEntries(statuses)).toEqual({ 200: result.requests.total });
  expect(result.requests.total).toBeGreaterThan(500);
});
