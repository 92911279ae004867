// Facet counts and result totals checked against independent, plainly written SQL on the seeded content.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { projectFacets } from "../../lib/catalogue/project-facets";
import { relatedProjects } from "../../lib/catalogue/related-projects";
import { getProgrammeTree } from "../../lib/catalogue/programme-tree";
import { resultTotals } from "../../lib/catalogue/result-totals";
import { matchingProjectIds, searchProjects } from "../../lib/catalogue/search-projects";
import { catalogueDay } from "../../lib/catalogue/catalogue-day";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../lib/filters/project-filters";
import { LEAD_ROLES } from "../../lib/rules/catalogue-rules";
import { switchToClonedDatabase } from "./database";

let url: string;
beforeAll(async () => {
  url = await switchToClonedDatabase("seeded");
});

async function sql(text: string, values: unknown[] = []): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const rows = (await c.query<{ key: string; n: number }>(text, values)).rows;
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  } finally {
    await c.end();
  }
}

const f = (patch: Partial<ProjectFilters>): ProjectFilters => ({ ...DEFAULT_FILTERS, ...patch });
const nonZero = (options: { value: string; count: number }[]) =>
  Object.fromEntries(options.filter((o) => o.count > 0).map((o) => [o.value, o.count]));
const facet = async (filters: ProjectFilters, name: string) =>
  (await projectFacets(filters, await getProgrammeTree())).facets.find((x) => x.name === name)!.options;

const INTERREG_TREE = `WITH RECURSIVE t AS (SELECT id FROM programme WHERE slug = 'interreg' UNION ALL SELECT p.id FROM programme p JOIN t ON p.parent_id = t.id) SELECT id FROM t`;

describe("facet counts", () => {
  it("country, with no filter: projects per area country", async () => {
    expect(nonZero(await facet(f({}), "country"))).toEqual(
      await sql(`SELECT country_code AS key, count(*) AS n FROM project_country GROUP BY 1`),
    );
  });

  it("country, under a theme filter", async () => {
    expect(nonZero(await facet(f({ theme: ["labour-market"] }), "country"))).toEqual(
      await sql(`SELECT pc.country_code AS key, count(*) AS n FROM project_country pc
                 JOIN project_theme pt ON pt.project_id = pc.project_id JOIN theme t ON t.id = pt.theme_id
                 WHERE t.slug = 'labour-market' GROUP BY 1`),
    );
  });

  it("country, as lead partner: counts lead partners' countries", async () => {
    expect(nonZero(await facet(f({ role: "lead" }), "country"))).toEqual(
      await sql(
        `SELECT country_code AS key, count(DISTINCT project_id) AS n FROM participation
                 WHERE role::text = ANY($1) AND country_code IS NOT NULL GROUP BY 1`,
        [LEAD_ROLES],
      ),
    );
  });

  it("theme, under two countries and a programme (its subtree)", async () => {
    expect(nonZero(await facet(f({ country: ["AT", "SI"], programme: ["interreg"] }), "theme"))).toEqual(
      await sql(`SELECT t.slug AS key, count(*) AS n FROM theme t JOIN project_theme pt ON pt.theme_id = t.id
                 WHERE pt.project_id IN (SELECT project_id FROM project_country WHERE country_code IN ('AT', 'SI'))
                   AND pt.project_id IN (SELECT id FROM project WHERE programme_id IN (${INTERREG_TREE}))
                 GROUP BY 1`),
    );
  });

  it("programme: each level counts its own projects and its descendants'", async () => {
    const options = await facet(f({}), "programme");
    const direct = await sql(
      `SELECT g.slug AS key, count(p.id) AS n FROM programme g LEFT JOIN project p ON p.programme_id = g.id GROUP BY 1`,
    );
    expect(options.find((o) => o.value === "interreg")!.count).toBe(
      Object.values(
        await sql(`SELECT 'x' AS key, count(*) AS n FROM project WHERE programme_id IN (${INTERREG_TREE})`),
      )[0],
    );
    expect(options.find((o) => o.value === "amif")!.count).toBe(direct.amif);
    expect(options.find((o) => o.value === "erdf")!.count).toBeGreaterThanOrEqual(
      options.find((o) => o.value === "interreg")!.count,
    );
  });

  it("status, under a country filter, as of the catalogue's day (UTC), not the database's", async () => {
    expect(nonZero(await facet(f({ country: ["LV"] }), "status"))).toEqual(
      await sql(
        `SELECT CASE WHEN end_date < $1::date THEN 'completed' WHEN start_date > $1::date THEN 'planned'
                            WHEN end_date IS NULL THEN 'not-stated' ELSE 'ongoing' END AS key, count(*) AS n
                 FROM project WHERE id IN (SELECT project_id FROM project_country WHERE country_code = 'LV') GROUP BY 1`,
        [catalogueDay()],
      ),
    );
  });

  it("leaves a facet's own selection out of its counts, and a zero option is kept (not hidden)", async () => {
    const options = await facet(f({ country: ["CY"] }), "country");
    expect(options.find((o) => o.value === "AT")!.count).toBeGreaterThan(0);
    const themes = await facet(f({ country: ["CY"] }), "theme");
    expect(themes.some((o) => o.count === 0)).toBe(true);
    expect(themes).toHaveLength(Object.keys(await sql(`SELECT slug AS key, 1 AS n FROM theme`)).length);
  });

  it("a selected option's count equals the number of results it gives", async () => {
    const filters = f({ theme: ["health"] });
    const option = (await facet(f({}), "theme")).find((o) => o.value === "health")!;
    expect((await searchProjects(filters)).total).toBe(option.count);
  });

  it("budget histogram bands add up to the projects with a stated amount", async () => {
    const facets = await projectFacets(f({ amount: "grant" }), await getProgrammeTree());
    const stated = await sql(`SELECT 'x' AS key, count(grant_amount) AS n FROM project`);
    expect(facets.histogram.reduce((s, b) => s + b.count, 0)).toBe(stated.x);
    const band = facets.histogram.find((b) => b.from === 1_000_000)!;
    const independent = await sql(
      `SELECT 'x' AS key, count(*) AS n FROM project WHERE grant_amount >= 1000000 AND grant_amount < 2500000`,
    );
    expect(band.count).toBe(independent.x);
  });
});

describe("search", () => {
  it("finds Östergötland for an accent-free query, and ranks title matches first", async () => {
    const result = await searchProjects(f({ q: "ostergotland", sort: "relevance" }));
    expect(result.items.map((p) => p.slug)).toEqual(["wohealth"]);
    const drim = await searchProjects(f({ q: "danube", sort: "relevance" }));
    expect(drim.items[0].slug).toBe("drim");
  });

  it("supports prefixes, phrases, OR and exclusion", async () => {
    const prefix = await searchProjects(f({ q: "entrepren" }));
    expect(prefix.total).toBeGreaterThan(0);
    const either = await searchProjects(f({ q: "Cyprus OR Estonia" }));
    const cyprus = await searchProjects(f({ q: "Cyprus" }));
    const estonia = await searchProjects(f({ q: "Estonia" }));
    expect(either.total).toBeGreaterThanOrEqual(Math.max(cyprus.total, estonia.total));
    const without = await searchProjects(f({ q: "Estonia -Finland" }));
    expect(without.total).toBeLessThan(estonia.total);
    const phrase = await searchProjects(f({ q: '"urban farmer"' }));
    expect(phrase.items.map((p) => p.slug)).toEqual(["arc"]);
  });

  it("pages never overlap and cover every result once, whatever the size of the catalogue", async () => {
    const first = await searchProjects(f({ sort: "budget-desc", page: 1 }));
    expect(first.pageCount).toBeGreaterThan(1); // more than one page, or there would be nothing to overlap
    const slugs = [...first.items.map((p) => p.slug)];
    for (let page = 2; page <= first.pageCount; page++)
      slugs.push(...(await searchProjects(f({ sort: "budget-desc", page }))).items.map((p) => p.slug));
    expect(slugs).toHaveLength(first.total);
    expect(new Set(slugs).size).toBe(first.total);
    const all = await sql(`SELECT slug AS key, 1 AS n FROM project`);
    expect(slugs.sort()).toEqual(Object.keys(all).sort());
  });
});

describe("related projects", () => {
  it("ranks projects sharing partners first: Urban Diversity shares two with DRIM (ZRC SAZU, City of Graz)", async () => {
    const { x: drimId } = await sql(`SELECT 'x' AS key, id AS n FROM project WHERE slug = 'drim'`);
    const related = await relatedProjects(drimId);
    expect(related[0]).toMatchObject({ slug: "urban-diversity", partners: 2 });
    const sharing =
      await sql(`SELECT p.slug AS key, count(*) AS n FROM participation a JOIN participation b ON b.organisation_id = a.organisation_id AND b.project_id <> a.project_id
                               JOIN project p ON p.id = b.project_id WHERE a.project_id = ${drimId} GROUP BY p.slug`);
    expect(
      related
        .filter((r) => r.partners > 0)
        .map((r) => r.slug)
        .sort(),
    ).toEqual(Object.keys(sharing).sort());
    expect(related).toHaveLength(5);
  });
});

describe("planned result figures", () => {
  it("sum per unit over the matching projects, with the projects counted once per unit and in all", async () => {
    const tree = await getProgrammeTree();
    let units = 0;
    for (const filters of [f({ q: "integration" }), f({ country: ["IT"] }), f({ theme: ["governance-and-policy"] })]) {
      const ids = await matchingProjectIds(filters, tree);
      expect(ids.length).toBeGreaterThan(0);
      const where = `expected AND figure IS NOT NULL AND unit IS NOT NULL AND project_id = ANY($1::int[])`;
      const expected = await sql(`SELECT unit AS key, sum(figure) AS n FROM result WHERE ${where} GROUP BY unit`, [
        ids,
      ]);
      const projects = await sql(
        `SELECT unit AS key, count(DISTINCT project_id) AS n FROM result WHERE ${where} GROUP BY unit`,
        [ids],
      );
      const all = await sql(`SELECT 'all' AS key, count(DISTINCT project_id) AS n FROM result WHERE ${where}`, [ids]);
      const totals = await resultTotals(filters, tree, 100);
      expect(Object.fromEntries(totals.planned.map((p) => [p.unit, p.total]))).toEqual(expected);
      expect(Object.fromEntries(totals.planned.map((p) => [p.unit, p.projects]))).toEqual(projects);
      expect(totals.projectsWithPlanned).toBe(all.all ?? 0);
      units += totals.planned.length;
    }
    // The content has planned figures in these views: the comparison above is not between two empty lists.
    expect(units).toBeGreaterThan(0);
  });
});
