// The bitmap index (lib/catalogue/project-bits.ts) must give exactly what plain SQL gives: the same projects for any
// search (against PostgreSQL's own `search_vector @@ to_tsquery`), the same counts for any filters, the same facet
// counts, result totals and pages. Checked on a 3,000-project synthetic catalogue, large enough for common words to
// be stored as bit strings and short prefixes to be read from prefix_bitmap, with seeded random queries and filters.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { Prisma } from "../../lib/db/generated/client";
import { projectFacets } from "../../lib/catalogue/project-facets";
import { filterBits, hasBit, matchBits } from "../../lib/catalogue/project-bits";
import { expandProgrammes, getProgrammeTree, type ProgrammeNode } from "../../lib/catalogue/programme-tree";
import { catalogueDay } from "../../lib/catalogue/catalogue-day";
import { amountColumn, projectConditions, statusSql, type FacetName } from "../../lib/catalogue/project-where";
import { resultTotals } from "../../lib/catalogue/result-totals";
import { matchingProjectIds, searchProjects } from "../../lib/catalogue/search-projects";
import { parseSearch } from "../../lib/catalogue/search-query";
import { DEFAULT_FILTERS, SORTS, STATUSES, type ProjectFilters } from "../../lib/filters/project-filters";
import { budgetBandOf, LEAD_ROLES } from "../../lib/rules/catalogue-rules";
import { REFRESH_SEARCH_INDEX_SQL } from "../../lib/catalogue/search-index";
import pg from "pg";
import { seededRandom } from "../../lib/synthetic/random";
import { loadSyntheticCatalogue } from "../../lib/synthetic/bulk-load";
import { switchToClonedDatabase } from "./database";

let tree: ProgrammeNode[];
let words: string[];
let values: { country: string[]; programme: string[]; theme: string[]; group: string[] };
const r = seededRandom(20261123);

let url: string;

beforeAll(async () => {
  url = await switchToClonedDatabase("empty");
  await loadSyntheticCatalogue({ url, projects: 3000, seed: 11 });
  tree = await getProgrammeTree();
  // Words of the catalogue (common and rare), as people would type them: whole, cut short, with accents.
  words = (
    await db().$queryRaw<{ word: string }[]>`
    SELECT word FROM search_word ORDER BY documents DESC, word LIMIT 40`
  ).map((w) => w.word);
  words.push(
    ...(await db().$queryRaw<{ word: string }[]>`SELECT word FROM search_word ORDER BY md5(word) LIMIT 40`).map(
      (w) => w.word,
    ),
  );
  const list = async (sql: Prisma.Sql) => (await db().$queryRaw<{ v: string }[]>(sql)).map((x) => x.v);
  values = {
    country: await list(Prisma.sql`SELECT DISTINCT country_code AS v FROM project_country ORDER BY 1`),
    programme: tree.map((p) => p.slug),
    theme: await list(Prisma.sql`SELECT slug AS v FROM theme ORDER BY 1`),
    group: await list(Prisma.sql`SELECT slug AS v FROM target_group ORDER BY 1`),
  };
}, 120_000);

const f = (patch: Partial<ProjectFilters>): ProjectFilters => ({ ...DEFAULT_FILTERS, ...patch });

async function idsByBits(filters: ProjectFilters): Promise<number[]> {
  const bits = await filterBits(filters, expandProgrammes(tree, filters.programme));
  const rows = await db().$queryRaw<{ id: number }[]>`
    WITH x AS MATERIALIZED (SELECT ${matchBits(bits)} AS m) SELECT p.id FROM project p WHERE ${hasBit(Prisma.sql`(SELECT m FROM x)`, Prisma.sql`p.id`)} ORDER BY p.id`;
  return rows.map((x) => x.id);
}

async function idsBySql(filters: ProjectFilters, omit?: FacetName): Promise<number[]> {
  const where = projectConditions(filters, expandProgrammes(tree, filters.programme), omit);
  return (await db().$queryRaw<{ id: number }[]>`SELECT p.id FROM project p WHERE ${where} ORDER BY p.id`).map(
    (x) => x.id,
  );
}

function randomQuery(): string {
  const word = () => {
    const w = r.pick(words);
    // A word cut short is a prefix search (word*): a bare word is matched whole (lib/catalogue/search-query.ts).
    return r.chance(0.4) ? `${w.slice(0, r.int(1, Math.max(1, w.length - 1)))}*` : w;
  };
  const parts: string[] = [];
  for (let i = 0, n = r.int(1, 3); i < n; i++) {
    const roll = r.next();
    if (roll < 0.15) parts.push(`-${word()}`);
    else if (roll < 0.3) parts.push(`"${word()} ${word()}"`);
    else if (roll < 0.4 && parts.length) parts.push("OR", word());
    else parts.push(word());
  }
  return parts.join(" ");
}

function randomFilters(): ProjectFilters {
  const some = (list: string[], p: number) => (r.chance(p) ? r.sample(list, r.int(1, 2)) : []);
  const min = r.chance(0.25) ? r.int(0, 2_000_000) : null;
  const max = r.chance(0.25) ? (min ?? 0) + r.int(0, 3_000_000) : null;
  const from = r.chance(0.2) ? r.int(2000, 2027) : null;
  return f({
    country: some(values.country, 0.5),
    role: r.chance(0.2) ? "lead" : "any",
    programme: some(values.programme, 0.3),
    theme: some(values.theme, 0.4),
    group: some(values.group, 0.3),
    status: r.chance(0.3) ? r.sample([...STATUSES], r.int(1, 2)) : [],
    amount: r.chance(0.3) ? "grant" : "total",
    min,
    max,
    from,
    to: r.chance(0.2) ? (from ?? 2000) + r.int(0, 10) : null,
    q: r.chance(0.3) ? randomQuery() : null,
  });
}

describe("search by bits", () => {
  const fixed = [
    "integration",
    "integ",
    "integ*",
    "in*",
    "a*",
    "in",
    "a",
    "the",
    "the -integration",
    "the OR integration",
    "-integration",
    '"the of"',
    '"integration of"',
    "Östergötland",
    "covid-19",
    "2014",
    "x2y",
    '"unbalanced',
    "women OR men -children",
    "'quote'",
  ];
  it("matches exactly the projects PostgreSQL's tsquery matches, for fixed and 150 random searches", async () => {
    const queries = [...fixed, ...Array.from({ length: 150 }, randomQuery)];
    let nonEmpty = 0;
    for (const q of queries) {
      const tsquery = parseSearch(q).tsquery;
      const expected = tsquery
        ? (
            await db().$queryRaw<
              { id: number }[]
            >`SELECT id FROM project WHERE search_vector @@ to_tsquery('atlas', ${tsquery}) ORDER BY id`
          ).map((x) => x.id)
        : [];
      const actual = tsquery ? await idsByBits(f({ q })) : [];
      expect({ q, ids: actual }).toEqual({ q, ids: expected });
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(queries.length / 3); // the random searches do find things
  }, 120_000);
});

describe("filters by bits", () => {
  it("select exactly the projects of the SQL conditions, for 120 random combinations", async () => {
    for (let i = 0; i < 120; i++) {
      const filters = randomFilters();
      expect({ filters, ids: await idsByBits(filters) }).toEqual({ filters, ids: await idsBySql(filters) });
    }
  }, 120_000);

  it("count status as of any day as the plain SQL condition does (month edges, the projects' own end and start days)", async () => {
    const edges = await db().$queryRaw<{ day: string }[]>`
      SELECT to_char(d, 'YYYY-MM-DD') AS day FROM (
        (SELECT end_date AS d FROM project WHERE end_date IS NOT NULL ORDER BY md5(id::text) LIMIT 4)
        UNION (SELECT start_date FROM project WHERE start_date IS NOT NULL ORDER BY md5(id::text) LIMIT 4)) x`;
    const days = [catalogueDay(), "2020-01-01", "2020-01-31", "2023-06-15", "2031-12-31", ...edges.map((e) => e.day)];
    for (const day of days) {
      const expected = await db().$queryRaw<{ status: string; n: number }[]>`
        SELECT ${statusSql(day)} AS status, count(*)::int AS n FROM project p GROUP BY 1 ORDER BY 1`;
      const actual = await db().$queryRaw<{ status: string; n: number }[]>`
        SELECT status, bit_count(bits)::int AS n FROM public.atlas_status_bits(${day}::date) WHERE bit_count(bits) > 0 ORDER BY 1`;
      expect({ day, counts: actual }).toEqual({ day, counts: expected });
    }
  });

  it("give every facet's counts as counting with the other filters in SQL would", async () => {
    for (let i = 0; i < 12; i++) {
      const filters = randomFilters();
      const { facets, histogram, budgetNotStated } = await projectFacets(filters, tree);
      const count = async (omit: FacetName, key: Prisma.Sql, join = Prisma.empty) =>
        Object.fromEntries(
          (
            await db().$queryRaw<{ key: string; n: number }[]>`
            SELECT ${key} AS key, count(DISTINCT p.id)::int AS n FROM project p ${join}
            WHERE ${projectConditions(filters, expandProgrammes(tree, filters.programme), omit)} GROUP BY 1`
          ).map((x) => [x.key, x.n]),
        );
      const shown = (name: FacetName) =>
        Object.fromEntries(
          facets
            .find((x) => x.name === name)!
            .options.filter((o) => o.count > 0)
            .map((o) => [o.value, o.count]),
        );
      const countries = await count(
        "country",
        Prisma.sql`x.country_code`,
        filters.role === "lead"
          ? Prisma.sql`JOIN participation x ON x.project_id = p.id AND x.role::text = ANY(${[...LEAD_ROLES]}::text[])`
          : Prisma.sql`JOIN project_country x ON x.project_id = p.id`,
      );
      delete countries.null;
      expect(shown("country")).toEqual(countries);
      expect(shown("theme")).toEqual(
        await count(
          "theme",
          Prisma.sql`t.slug`,
          Prisma.sql`JOIN project_theme pt ON pt.project_id = p.id JOIN theme t ON t.id = pt.theme_id`,
        ),
      );
      expect(shown("group")).toEqual(
        await count(
          "group",
          Prisma.sql`g.slug`,
          Prisma.sql`JOIN project_target_group pg ON pg.project_id = p.id JOIN target_group g ON g.id = pg.target_group_id`,
        ),
      );
      expect(shown("status")).toEqual(await count("status", statusSql(catalogueDay())));
      // Budget bands by the TypeScript rule, over the amounts of the projects the other filters keep.
      const amounts = await db().$queryRaw<{ amount: number | null }[]>`
        SELECT ${amountColumn(filters)} AS amount FROM project p WHERE ${projectConditions(filters, expandProgrammes(tree, filters.programme), "budget")}`;
      const bands: Record<string, number> = {};
      for (const { amount } of amounts)
        bands[String(budgetBandOf(amount))] = (bands[String(budgetBandOf(amount))] ?? 0) + 1;
      expect(Object.fromEntries(histogram.map((b, i) => [String(i), b.count]).filter(([, n]) => n))).toEqual(
        Object.fromEntries(Object.entries(bands).filter(([k]) => k !== "none")),
      );
      expect(budgetNotStated).toBe(bands.none ?? 0);
      // Programmes: each node counts its own projects and its descendants'.
      const direct = await count("programme", Prisma.sql`coalesce(p.programme_id::text, '')`);
      for (const option of facets.find((x) => x.name === "programme")!.options) {
        const ids = expandProgrammes(tree, [option.value]);
        expect(option.count).toBe(ids.reduce((s, id) => s + (direct[String(id)] ?? 0), 0));
      }
    }
  }, 120_000);

  it("add up result figures as a plain SUM over the matching projects does", async () => {
    for (let i = 0; i < 15; i++) {
      const filters = randomFilters();
      const totals = await resultTotals(filters, tree, 100);
      const where = projectConditions(filters, expandProgrammes(tree, filters.programme));
      const expected = await db().$queryRaw<{ unit: string; total: number; projects: number }[]>`
        SELECT r.unit, sum(r.figure)::float8 AS total, count(DISTINCT r.project_id)::int AS projects
        FROM result r JOIN project p ON p.id = r.project_id
        WHERE ${where} AND r.figure IS NOT NULL AND r.unit IS NOT NULL AND NOT r.expected
        GROUP BY r.unit ORDER BY projects DESC, total DESC, r.unit`;
      expect(totals.units).toEqual(expected);
    }
  }, 120_000);
});

describe("pages by bits", () => {
  it("list the same projects, in the same order, as ORDER BY over the SQL conditions, on every sort and deep pages", async () => {
    for (let i = 0; i < 24; i++) {
      const filters = { ...randomFilters(), q: null, sort: SORTS[1 + (i % (SORTS.length - 1))] };
      const all = await matchingProjectIds(filters, tree);
      const pages = Math.ceil(all.length / 20);
      for (const page of [1, 2, Math.max(1, pages - 1), Math.max(1, pages)]) {
        const result = await searchProjects({ ...filters, page });
        expect(result.total).toBe(all.length);
        expect(result.items.map((p) => p.id)).toEqual(all.slice((result.page - 1) * 20, result.page * 20));
      }
    }
  }, 120_000);

  it("order searches by relevance tiers: title, then names, then text; pages and exports agree", async () => {
    const stems = await db().$queryRaw<{ word: string }[]>`
      SELECT word FROM search_word WHERE to_tsvector('atlas', word) <> ''::tsvector ORDER BY documents DESC, word LIMIT 6`;
    for (const { word: q } of stems) {
      const filters = f({ q, sort: "relevance" });
      const all = await matchingProjectIds(filters, tree);
      const first = [
        ...(await searchProjects({ ...filters, page: 1 })).items,
        ...(await searchProjects({ ...filters, page: 2 })).items,
      ];
      expect(first.map((p) => p.id)).toEqual(all.slice(0, 40));
      // Independently: the best weight of any lexeme beginning with the word, per project.
      const lexeme = (
        await db().$queryRaw<{ l: string }[]>`SELECT (tsvector_to_array(to_tsvector('atlas', ${q})))[1] AS l`
      )[0].l;
      const tier = new Map(
        (
          await db().$queryRaw<{ id: number; tier: number }[]>`
        SELECT p.id, CASE WHEN bool_or('A' = ANY(x.weights)) THEN 1 WHEN bool_or('B' = ANY(x.weights)) THEN 4 ELSE 6 END AS tier
        FROM project p CROSS JOIN LATERAL unnest(p.search_vector) x WHERE starts_with(x.lexeme, ${lexeme}) GROUP BY p.id`
        ).map((x) => [x.id, x.tier]),
      );
      const tiers = all.map((id) => tier.get(id)!);
      expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      expect(new Set(all)).toEqual(new Set(tier.keys()));
    }
  }, 120_000);
});

describe("the synthetic catalogue's search index", () => {
  it("is exactly what the content seed writes (same text, same weights): the searches above test the seed's index", async () => {
    // Own connection: the app's client has a statement timeout meant for pages, not for re-indexing 3,000 projects.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const digest = async () =>
      (
        await client.query<{ d: string }>(
          `SELECT md5(string_agg(search_vector::text || '|' || search_text, ',' ORDER BY id)) AS d FROM project`,
        )
      ).rows[0].d;
    try {
      await client.query("BEGIN");
      const loaded = await digest();
      await client.query(REFRESH_SEARCH_INDEX_SQL);
      expect(await digest()).toBe(loaded);
    } finally {
      await client.query("ROLLBACK"); // leave the loaded index as it was, whatever the outcome
      await client.end();
    }
  }, 120_000);
});
