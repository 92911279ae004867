// A committed migration is never edited (databases that applied it would refuse to start): its sha256, the checksum
// the migrator records in _prisma_migrations, must stay the one in prisma/migration-checksums.json. A new migration
// adds its line there; an edited one fails here before it reaches any database.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../lib/db/migrate";

const manifest: Record<string, string> = JSON.parse(readFileSync("prisma/migration-checksums.json", "utf8"));

describe("committed migrations are immutable", () => {
  it("lists every migration folder in the manifest, and nothing else", async () => {
    const names = (await readMigrations()).map((m) => m.name);
    expect(names).toEqual(Object.keys(manifest).sort());
  });

  it.each(Object.entries(manifest))("%s still has its committed checksum", async (name, checksum) => {
    const migration = (await readMigrations()).find((m) => m.name === name);
    expect(migration?.checksum, `${name} was edited after it was committed: add a new migration instead`).toBe(
      checksum,
    );
  });

  it("new migrations sort after every committed one", () => {
    const names = Object.keys(manifest);
    expect(names).toEqual([...names].sort());
  });
});
