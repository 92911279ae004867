// DATABASE_URL when given; otherwise the embedded PostgreSQL under .data/ (started here, stopped by `stop`).
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function resolveDatabase(log: (line: string) => void = console.log): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dataDir = path.resolve(process.env.ATLAS_PG_DIR ?? ".data/postgres");
  const server = await startEmbeddedPostgres({ dataDir, log });
  log(`Embedded PostgreSQL running on 127.0.0.1:${server.port} (data in ${path.relative(process.cwd(), dataDir)})`);
  return { url: server.url, embedded: true, stop: server.stop };
}
