import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate, MigrationError, readMigrations } from "../../lib/db/migrate";
import { cloneDatabase } from "./database";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

async function migrationsWith(extra: { name: string; sql: string }) {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-migrations-"));
  await cp("prisma/migrations", dir, { recursive: true });
  await mkdir(path.join(dir, extra.name));
  await writeFile(path.join(dir, extra.name, "migration.sql"), extra.sql);
  return dir;
}

describe("migrator", () => {
  it("applies every migration once; a second run applies nothing", async () => {
    const url = await cloneDatabase(null);
    const first = await migrate(url);
    expect(first.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual([]);
    const rows = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0].n).toBe(first.length);
  });

  it("two migrators started at once do not race (advisory lock)", async () => {
    const url = await cloneDatabase(null);
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect([...a, ...b].sort()).toEqual(
      (await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`))
        .map((r) => r.migration_name)
        .sort(),
    );
    expect(a.length === 0 || b.length === 0).toBe(true);
  });

  it("rolls a broken migration back entirely and says which one failed", async () => {
    const url = await cloneDatabase("empty");
    const dir = await migrationsWith({
      name: "29991231000000_broken",
      sql: `CREATE TABLE "half_done" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;`,
    });
    await expect(migrate(url, { dir })).rejects.toThrow(MigrationError);
    await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
    const tables = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`,
    );
    expect(tables[0].n).toBe(0);
    const recorded = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
    );
    expect(recorded[0].n).toBe(0);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const url = await cloneDatabase("empty");
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-migrations-"));
    await cp("prisma/migrations", dir, { recursive: true });
    const first = (
      await query<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY 1 LIMIT 1`)
    )[0].migration_name;
    await writeFile(path.join(dir, first, "migration.sql"), "-- edited\n");
    await expect(migrate(url, { dir })).rejects.toThrow(/edited after it was applied/);
  });

  it("takes over a database migrated from the once-edited bitmap migration, recording the committed checksum", async () => {
    const url = await cloneDatabase(null);
    // The migrations as they stood at commit 37ecf5e: the bitmap migration with the About and organisation views
    // appended, and neither of the migrations that now hold them.
    const dir = await mkdtemp(path.join(tmpdir(), "atlas-migrations-"));
    await cp("prisma/migrations", dir, { recursive: true });
    for (const name of await readdir(dir))
      if (name > "20261123210000_bitmap_index") await rm(path.join(dir, name), { recursive: true });
    await cp(
      "tests/integration/fixtures/bitmap_index-as-edited-in-37ecf5e.sql",
      path.join(dir, "20261123210000_bitmap_index", "migration.sql"),
    );
    await migrate(url, { dir });

    const applied = await migrate(url);
    const later = (await readMigrations()).map((m) => m.name).filter((n) => n > "20261123210000_bitmap_index");
    expect(applied).toEqual(later);
    const recorded = await query<{ checksum: string }>(
      url,
      `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = '20261123210000_bitmap_index'`,
    );
    const bitmap = (await readMigrations()).find((m) => m.name === "20261123210000_bitmap_index");
    expect(recorded.map((r) => r.checksum)).toEqual([bitmap?.checksum]);
    const views = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM pg_matviews WHERE matviewname IN ('source_stats', 'organisation_name')`,
    );
    expect(views[0].n).toBe(2);
    expect(await migrate(url)).toEqual([]);
  });
});
