// One embedded PostgreSQL per test run, in a fresh temporary directory: two template databases
// (migrated-empty, and migrated+seeded from content/) that each test file clones with CREATE DATABASE … TEMPLATE.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { seedFromContent } from "../../lib/content/run-seed";
import { createPrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { migrate } from "../../lib/db/migrate";
import { withDatabase } from "./database-url";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the server's maintenance database; test files derive their own database URLs from it. */
    adminUrl: string;
    /** Prefix of this run's databases: <run>_empty (migrated) and <run>_seeded (migrated and seeded). */
    run: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  let dataDir: string | null = null;
  if (external) {
    adminUrl = external;
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "atlas-test-pg-"));
    const server = await startEmbeddedPostgres({ dataDir, database: "postgres" });
    adminUrl = server.url;
    stop = server.stop;
  }
  const { Client } = (await import("pg")).default;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const run = `atlas_t${Date.now().toString(36)}`;
  for (const name of [`${run}_empty`, `${run}_seeded`]) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const emptyUrl = withDatabase(adminUrl, `${run}_empty`);
  const seededUrl = withDatabase(adminUrl, `${run}_seeded`);
  await migrate(emptyUrl);
  await migrate(seededUrl);
  const prisma = createPrismaClient(seededUrl);
  await seedFromContent(prisma, { log: () => {} });
  await prisma.$disconnect();

  project.provide("adminUrl", adminUrl);
  project.provide("run", run);

  return async () => {
    if (external) {
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      const rows = await cleanup.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
        `${run}%`,
      ]);
      for (const r of rows.rows) await cleanup.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      await cleanup.end();
    }
    await stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
