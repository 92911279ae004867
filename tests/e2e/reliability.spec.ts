// The site rides out a database outage, and npm start shuts down cleanly on SIGTERM. Each test runs its own
// embedded PostgreSQL and production server on free ports.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { expect, test } from "./fixtures";
import { run, startProcess, stopProcess, timedGet, within } from "./processes";

test.describe.configure({ mode: "serial", timeout: 120_000 });

test("a database outage gives a friendly 503 within 2 s, /healthz says so, and the site recovers by itself", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "atlas-outage-"));
  const pgPort = await freePort();
  let pg = await startEmbeddedPostgres({ dataDir, port: pgPort });
  const url = pg.url;
  await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/seed.ts"], { DATABASE_URL: url });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const next = startProcess(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { DATABASE_URL: url });
  try {
    await within(30_000, async () => (await timedGet(`${base}/healthz`)).status === 200);
    expect((await timedGet(`${base}/projects`)).status).toBe(200);

    await pg.stop();
    const during: { status: number; ms: number }[] = [];
    await within(4_000, async () => {
      const r = await timedGet(`${base}/projects`);
      during.push(r);
      return r.status === 503;
    }, 50);
    // No request hangs: each one is answered within 2 s, and the site turns to 503 quickly.
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(2_000);
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

test("SIGTERM finishes in-flight requests, stops PostgreSQL cleanly, and the next start needs no recovery", async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "atlas-shutdown-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ATLAS_PG_DIR: dataDir, PORT: String(port), DATABASE_URL: "" };
  const start = startProcess(process.execPath, ["--import", "tsx", "scripts/start.ts"], env);
  try {
    await within(60_000, async () => (await timedGet(`${base}/healthz`)).status === 200, 200);
    const inFlight = fetch(`${base}/participations.csv`).then(async (r) => ({ status: r.status, body: await r.text() }));
    await new Promise((r) => setTimeout(r, 20));
    const code = await stopProcess(start.child, "SIGTERM");
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(done.body.trim().split("\n").length).toBeGreaterThan(100);
    expect(code).toBe(0);
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
