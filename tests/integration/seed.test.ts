import { spawn } from "node:child_process";
import { once } from "node:events";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../lib/content/load";
import { seedFromContent } from "../../lib/content/run-seed";
import { SEED_LOCK_KEY } from "../../lib/content/seed";
import { createPrismaClient } from "../../lib/db/client";
import { cloneDatabase, withSeededClone } from "./database";

/** md5 of every row of every table, in primary-key order: equal checksums mean byte-for-byte equal data. */
async function checksum(url: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = await c.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'seed_run') ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { t } of tables.rows) {
      const r = await c.query<{ sum: string | null; n: number }>(
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS sum, count(*)::int AS n FROM "${t}" x`,
      );
      out[t] = `${r.rows[0].n}:${r.rows[0].sum}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

async function contentCopy(edit?: (file: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-content-"));
  await cp("content", dir, { recursive: true });
  await edit?.(dir);
  return dir;
}

async function editProject(dir: string, slug: string, change: (p: Record<string, unknown>) => void) {
  const file = path.join(dir, "projects", `${slug}.json`);
  const data = JSON.parse(await readFile(file, "utf8"));
  change(data);
  await writeFile(file, JSON.stringify(data));
}

async function seedInto(url: string, root: string) {
  const prisma = createPrismaClient(url);
  try {
    return await seedFromContent(prisma, { root, force: true, log: () => {} });
  } finally {
    await prisma.$disconnect();
  }
}

describe("seed", () => {
  it("gives exactly the same database when run again (idempotent)", async () => {
    const url = await cloneDatabase("seeded");
    const before = await checksum(url);
    expect(Number(before.project.split(":")[0])).toBeGreaterThanOrEqual(22);
    await seedInto(url, "content");
    expect(await checksum(url)).toEqual(before);
  });

  it.each([
    ["a missing required field", (p: Record<string, unknown>) => delete p.title, /projects\/arc\.json[\s\S]*title/],
    [
      "money as a string",
      (p: Record<string, unknown>) => (p.budget = { total: "169 956", grant: 127467 }),
      /budget\.total/,
    ],
    [
      "money with cents",
      (p: Record<string, unknown>) => (p.budget = { total: 169956.5, grant: 127467 }),
      /budget\.total: must be a whole number/,
    ],
    [
      "a national country code",
      (p: Record<string, unknown>) => (p.countries = ["UK"]),
      /countries\.0: must be an ISO 3166-1/,
    ],
    [
      "an unknown organisation",
      (p: Record<string, unknown>) => ((p.partners as { organisation: string }[])[0].organisation = "nobody"),
      /partners\.0\.organisation: unknown organisation/,
    ],
  ])("stops on %s, naming file and field, and leaves the database as it was", async (_label, change, message) => {
    const url = await cloneDatabase("seeded");
    const before = await checksum(url);
    const root = await contentCopy((dir) => editProject(dir, "arc", change));
    const error = await seedInto(url, root).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect(String((error as Error).message)).toMatch(message);
    expect(await checksum(url)).toEqual(before);
  });

  it("writes each source's readers' slug, short title and page spreads, so pages can cite sources in words", async () => {
    const url = await cloneDatabase("seeded");
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const sources = await c.query<{ file: string; slug: string | null; short_title: string | null; kind: string }>(
        `SELECT file, slug, short_title, kind::text FROM source_document ORDER BY file`,
      );
      expect(sources.rows.length).toBe(5);
      for (const s of sources.rows) {
        expect(s.slug, s.file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(s.short_title, s.file).toBeTruthy();
      }
      const pages = await c.query<{ slug: string; source_pages: string[] }>(
        `SELECT p.slug, p.source_pages FROM project p JOIN source_document s ON s.id = p.source_document_id WHERE s.kind = 'brochure' ORDER BY p.slug`,
      );
      expect(pages.rows.length).toBe(18);
      expect(pages.rows.find((r) => r.slug === "drim")?.source_pages).toEqual(["P. 12", "P. 13"]);
      for (const r of pages.rows) expect(r.source_pages.length, r.slug).toBe(2);
    } finally {
      await c.end();
    }
  });

  it("seeds once more a database seeded before data releases existed, which records its first release", async () => {
    await withSeededClone(async ({ c, prisma }) => {
      await c.query("TRUNCATE release_change, release_project, data_release RESTART IDENTITY CASCADE");
      expect(await seedFromContent(prisma, { log: () => {} })).toBe("seeded");
      const projects = Number((await c.query("SELECT count(*) AS n FROM project")).rows[0].n);
      expect((await c.query("SELECT id, added FROM data_release")).rows).toEqual([{ id: 1, added: projects }]);
      expect(await seedFromContent(prisma, { log: () => {} })).toBe("unchanged");
    });
  });

  it("seeds once more a database seeded before translations were stored, so that its pages get them", async () => {
    await withSeededClone(async ({ c, prisma }) => {
      const stored = Number((await c.query("SELECT count(*) AS n FROM project_translation")).rows[0].n);
      expect(stored).toBeGreaterThan(0);
      await c.query("TRUNCATE project_translation, term_translation");
      expect(await seedFromContent(prisma, { log: () => {} })).toBe("seeded");
      expect(Number((await c.query("SELECT count(*) AS n FROM project_translation")).rows[0].n)).toBe(stored);
      expect(await seedFromContent(prisma, { log: () => {} })).toBe("unchanged");
    });
  });

  it("skips the seed when content is unchanged since the last one", async () => {
    const url = await cloneDatabase("seeded");
    const prisma = createPrismaClient(url);
    try {
      expect(await seedFromContent(prisma, { log: () => {} })).toBe("unchanged");
    } finally {
      await prisma.$disconnect();
    }
  });

  it("a seed started while another holds the seed lock waits, does nothing until it is released, then seeds cleanly", async () => {
    const url = await cloneDatabase("seeded");
    const before = await checksum(url);
    // Another seed, as PostgreSQL sees it: a transaction holding the seed's advisory lock.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    const logs: string[] = [];
    const prisma = createPrismaClient(url);
    let seeding: Promise<unknown> = Promise.resolve();
    try {
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK_KEY]);
      seeding = seedFromContent(prisma, { force: true, log: (l) => logs.push(l) });
      // The lock state says when the seed is queued behind the holder (no guessing at timing): a waiting advisory lock
      // on the seed's key. (A key below 2^32 is objid; classid holds the high half.)
      const waiting = async () =>
        (
          await holder.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`,
            [SEED_LOCK_KEY],
          )
        ).rows[0].n;
      while ((await waiting()) === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(logs.at(-1)).toBe("Another seed is running; waiting for it to finish…"); // after validating content/
      expect(await checksum(url)).toEqual(before); // it has written nothing while waiting
      await holder.query("COMMIT");
      await seeding;
    } finally {
      await holder.end(); // releases the lock if an expectation failed, so that the seed can end
      await seeding.catch(() => {});
      await prisma.$disconnect();
    }
    expect(logs.at(-1)).toMatch(/^Seeded \d+ projects/);
    expect(await checksum(url)).toEqual(before);
  });

  it("a seed killed midway leaves the previous data intact", async () => {
    const url = await cloneDatabase("seeded");
    const before = await checksum(url);
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (d) => {
        output += d;
        // The transaction is open once organisations are written; kill it there.
        if (/\d+ organisations/.test(output)) resolve();
      });
      child.on("exit", () => resolve());
    });
    child.kill("SIGKILL");
    await once(child, "exit").catch(() => {});
    expect(output).toMatch(/organisations/);
    expect(output).not.toMatch(/Seeded/);
    expect(await checksum(url)).toEqual(before);
  });
});
