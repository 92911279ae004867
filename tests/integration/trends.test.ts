// Projects by start year checked against independent, plainly written SQL on the seeded content.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { projectsByStartYear, type StartYearTrend } from "../../lib/catalogue/trends";
import { compareCountries, compareProjects } from "../../lib/catalogue/compare";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../lib/filters/project-filters";
import { switchToClonedDatabase } from "./database";

let url: string;
beforeAll(async () => {
  url = await switchToClonedDatabase("seeded");
});

type Row = { year: number | null; projects: number; budget: number; stated: number };
async function sql(text: string, values: unknown[] = []): Promise<Row[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows.map((r) => ({
      year: r.year === null ? null : Number(r.year),
      projects: Number(r.projects),
      budget: Number(r.budget ?? 0),
      stated: Number(r.stated),
    }));
  } finally {
    await c.end();
  }
}

const f = (patch: Partial<ProjectFilters>): ProjectFilters => ({ ...DEFAULT_FILTERS, ...patch });

/** The trend's non-empty years and the "not stated" group, in the shape of the plain SQL below. */
function asRows(trend: StartYearTrend): Row[] {
  const rows: Row[] = trend.years
    .filter((y) => y.projects > 0)
    .map((y) => ({ year: y.year, projects: y.projects, budget: y.totalBudget, stated: y.budgetsStated }));
  if (trend.notStated.projects)
    rows.push({
      year: null,
      projects: trend.notStated.projects,
      budget: trend.notStated.totalBudget,
      stated: trend.notStated.budgetsStated,
    });
  return rows;
}

const PLAIN = (where: string) => `
  SELECT CAST(substr(p.start_text, 1, 4) AS int) AS year, count(*) AS projects, coalesce(sum(p.total_budget), 0) AS budget, count(p.total_budget) AS stated
  FROM project p ${where} GROUP BY 1 ORDER BY 1 NULLS LAST`;

describe("projects by start year", () => {
  it("the whole catalogue: every project counted once, by the year its stated start names, unknown starts apart", async () => {
    const trend = await projectsByStartYear(f({}));
    expect(asRows(trend)).toEqual(await sql(PLAIN("")));
    const [{ projects }] = await sql(
      `SELECT NULL AS year, count(*) AS projects, 0 AS budget, 0 AS stated FROM project`,
    );
    expect(trend.years.reduce((n, y) => n + y.projects, 0) + trend.notStated.projects).toBe(projects);
  });

  it("lists every year between the first and the last start, with 0 where none started", async () => {
    const { years } = await projectsByStartYear(f({}));
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: years.length }, (_, i) => years[0].year + i));
  });

  it("follows a country filter as /projects does", async () => {
    expect(asRows(await projectsByStartYear(f({ country: ["AT"] })))).toEqual(
      await sql(
        PLAIN(`WHERE EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = p.id AND pc.country_code = 'AT')`),
      ),
    );
  });

  it("follows a programme filter including its sub-programmes", async () => {
    expect(asRows(await projectsByStartYear(f({ programme: ["interreg"] })))).toEqual(
      await sql(
        PLAIN(`WHERE p.programme_id IN (WITH RECURSIVE t AS (SELECT id FROM programme WHERE slug = 'interreg'
        UNION ALL SELECT c.id FROM programme c JOIN t ON c.parent_id = t.id) SELECT id FROM t)`),
      ),
    );
  });

  it("follows a theme and a search together", async () => {
    const trend = await projectsByStartYear(f({ theme: ["labour-market"], q: "migrants" }));
    const total = trend.years.reduce((n, y) => n + y.projects, 0) + trend.notStated.projects;
    const [{ projects }] = await sql(`SELECT NULL AS year, count(*) AS projects, 0 AS budget, 0 AS stated FROM project p
      JOIN project_theme pt ON pt.project_id = p.id JOIN theme t ON t.id = pt.theme_id
      WHERE t.slug = 'labour-market' AND p.search_vector @@ to_tsquery('atlas', 'migrants:*')`);
    expect(total).toBe(projects);
  });
});

describe("comparisons", () => {
  it("keeps the requested order, reports unknown slugs, and marks rows that differ", async () => {
    const c = await compareProjects(["drim", "no-such-project", "arc"]);
    expect(c.columns.map((x) => x.key)).toEqual(["drim", "arc"]);
    expect(c.missing).toEqual(["no-such-project"]);
    const [budgets] = await sql(
      `SELECT NULL AS year, 0 AS projects, 0 AS budget, count(DISTINCT total_budget) AS stated FROM project WHERE slug IN ('drim', 'arc')`,
    );
    expect(c.rows.find((r) => r.label === "Total budget")?.differs).toBe(budgets.stated > 1);
  });

  it("gives each country the catalogue's count of projects working there", async () => {
    const c = await compareCountries(["AT", "IT"]);
    const counts = await sql(
      `SELECT NULL AS year, count(*) AS projects, 0 AS budget, 0 AS stated FROM project_country WHERE country_code IN ('AT', 'IT') GROUP BY country_code ORDER BY country_code`,
    );
    expect(c.rows[0].values).toEqual(counts.map((r) => String(r.projects)));
  });
});
