// Data releases against a real PostgreSQL: the first seed records every project as added, a forced re-seed of the same
// files records nothing, and a changed content file gives a release whose changelog names each changed field.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { apiMeta, releaseJsonById, releasesJson } from "../../lib/api/queries";
import { ReleaseDetail, ReleaseList } from "../../lib/api/schemas";
import { getRelease, latestRelease, listReleases, projectLastChange } from "../../lib/catalogue/releases";
import { seedFromContent } from "../../lib/content/run-seed";
import { createPrismaClient } from "../../lib/db/client";
import { switchToClonedDatabase } from "./database";

let url: string;
beforeAll(async () => {
  url = await switchToClonedDatabase("seeded");
});

async function sql<T>(text: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

async function seed(root: string) {
  const prisma = createPrismaClient(url);
  try {
    return await seedFromContent(prisma, { root, force: true, log: () => {} });
  } finally {
    await prisma.$disconnect();
  }
}

async function contentCopy() {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-release-"));
  await cp("content", dir, { recursive: true });
  return dir;
}

describe("data releases", () => {
  it("records the first seed as release 1 with every project added and the catalogue's counts", async () => {
    const [counts] = await sql<{ projects: number; organisations: number; partners: number; budget: string }>(`
      SELECT (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM organisation) AS organisations,
             (SELECT count(*)::int FROM participation) AS partners, (SELECT sum(total_budget)::text FROM project) AS budget`);
    const releases = await listReleases();
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({
      id: 1,
      projects: counts.projects,
      organisations: counts.organisations,
      partners: counts.partners,
      totalBudget: Number(counts.budget),
      added: counts.projects,
      removed: 0,
      changed: 0,
    });
    const detail = await getRelease(1);
    expect(detail?.changes.map((c) => [c.kind, c.field])).toEqual(
      Array.from({ length: counts.projects }, () => ["added", null]),
    );
    const slugs = await sql<{ slug: string }>('SELECT slug FROM project ORDER BY slug COLLATE "C"');
    expect(detail?.changes.map((c) => c.projectSlug)).toEqual(slugs.map((s) => s.slug));
  });

  it("records no release when the same content is seeded again (--force)", async () => {
    await seed(await contentCopy());
    expect((await listReleases()).map((r) => r.id)).toEqual([1]);
  });

  it("records a changed budget and a removed partner as field changes of a new release", async () => {
    const dir = await contentCopy();
    const file = path.join(dir, "projects", "arc.json");
    const arc = JSON.parse(await readFile(file, "utf8"));
    expect(arc.budget.total).toBe(169956);
    const removed = arc.partners.pop();
    arc.budget.total = 170000;
    await writeFile(file, JSON.stringify(arc, null, 2));
    expect(await seed(dir)).toBe("seeded");

    const release = await latestRelease();
    expect(release).toMatchObject({ id: 2, added: 0, removed: 0, changed: 1 });
    expect((await getRelease(2))?.changes).toEqual([
      {
        projectSlug: "arc",
        projectName: "ARC",
        kind: "changed",
        field: "totalBudget",
        before: "169956",
        after: "170000",
      },
      {
        projectSlug: "arc",
        projectName: "ARC",
        kind: "changed",
        field: "partners",
        before: `${removed.nameAsStated} (${removed.role}, ${removed.country})`,
        after: null,
      },
    ]);
    // The history survives the seed's TRUNCATE of the catalogue.
    expect((await listReleases()).map((r) => r.id)).toEqual([2, 1]);
    expect(await projectLastChange("arc")).toMatchObject({ id: 2 });
    expect(await projectLastChange("drim")).toMatchObject({ id: 1 });
    expect(await projectLastChange("no-such-project")).toBeNull();
  });

  it("serves releases through the API's schemas, with the licence and the latest release in meta", async () => {
    const list = ReleaseList.parse(await releasesJson());
    expect(list.items.map((r) => r.id)).toEqual([2, 1]);
    expect(list.meta.licence.name).toBe("CC BY 4.0");
    expect(list.meta.release?.id).toBe(2);
    const detail = ReleaseDetail.parse(await releaseJsonById(2));
    expect(detail.changes.map((c) => c.label)).toEqual(["Total budget", "Partner"]);
    expect(await releaseJsonById(99)).toBeNull();
    expect((await apiMeta()).release?.date).toBe((await latestRelease())?.releasedAt.toISOString());
  });
});
