// Applies prisma/migrations/*/migration.sql in order, each in its own transaction, recorded in Prisma's
// `_prisma_migrations` table exactly as `prisma migrate deploy` records them, under an advisory lock.
import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
/** Same key Prisma's schema engine uses for its migration lock, so our migrator and Prisma exclude each other. */
const MIGRATION_LOCK_KEY = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

/**
 * Checksums of edited copies of a migration that some databases applied before the edit was undone. Such a database
 * already holds what the edited copy added, and the migrations that now carry those statements are written to be
 * no-ops there (IF NOT EXISTS); its recorded checksum is rewritten to the committed file's. Never add to this list
 * for a new edit: a change to the schema is a new migration (tests/unit/migration-checksums.test.ts).
 */
const UNDONE_EDITS: Record<string, string[]> = {
  // Commit 37ecf5e appended the source_stats and organisation_name views; they now live in 20261130090000_source_stats
  // and 20261130090100_organisation_name.
  "20261123210000_bitmap_index": ["9a383d1d8a6740382c1fea2ce2ac6b547a593662c57cc837bedb6d53ba86627e"],
};

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export class MigrationError extends Error {}

/** Returns the names of the migrations it applied. */
export async function migrate(databaseUrl: string, options: { dir?: string; log?: (line: string) => void } = {}) {
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const done = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const byName = new Map(done.rows.map((r) => [r.migration_name, r]));
    for (const m of migrations) {
      const previous = byName.get(m.name);
      if (previous?.finished_at) {
        if (previous.checksum === m.checksum) continue;
        if (!UNDONE_EDITS[m.name]?.includes(previous.checksum))
          throw new MigrationError(`Migration ${m.name} was edited after it was applied (checksum differs).`);
        options.log?.(`Migration ${m.name} was applied from an edited copy; recording the committed checksum`);
        await client.query(
          `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2 AND checksum = $3`,
          [m.checksum, m.name, previous.checksum],
        );
        continue;
      }
      if (previous) throw new MigrationError(`Migration ${m.name} failed earlier and needs manual repair.`);
      options.log?.(`Applying migration ${m.name}`);
      const id = randomUUID();
      try {
        await client.query("BEGIN");
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}
