// Whole words first, on the real seeded catalogue: a word some project has is matched whole (as its stem); a word
// none has falls back to the words starting with it, and the view says which; exports and pages agree; snippets mark
// the matched words. Expected projects come from independent SQL over the search vectors.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getCatalogueView } from "../../lib/catalogue/catalogue-view";
import { getProgrammeTree } from "../../lib/catalogue/programme-tree";
import { matchingProjectIds, searchProjects } from "../../lib/catalogue/search-projects";
import { resolveSearch } from "../../lib/catalogue/search-resolve";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../lib/filters/project-filters";
import { switchToClonedDatabase } from "./database";

let url: string;
beforeAll(async () => {
  url = await switchToClonedDatabase("seeded");
});

/** Slugs of the projects whose search vector matches `tsquery`, by PostgreSQL alone. */
async function slugsMatching(tsquery: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ slug: string }>(
      `SELECT slug FROM project WHERE search_vector @@ to_tsquery('atlas', $1) ORDER BY slug`,
      [tsquery],
    );
    return rows.map((r) => r.slug);
  } finally {
    await c.end();
  }
}

const f = (patch: Partial<ProjectFilters>): ProjectFilters => ({ ...DEFAULT_FILTERS, ...patch });
const slugsOf = async (filters: ProjectFilters) => (await searchProjects(filters)).items.map((p) => p.slug).sort();

describe("whole words first", () => {
  it("searches a word no project has as a prefix and names the words it matched", async () => {
    expect(await slugsMatching("roma")).toEqual([]);
    const view = await getCatalogueView(f({ q: "roma", sort: "relevance" }));
    expect(view.resolution.q).toBe("roma*");
    expect(view.search.items.map((p) => p.slug).sort()).toEqual(await slugsMatching("roma:*"));
    expect(view.search.total).toBeGreaterThan(0);
    expect(view.resolution.prefixed).toHaveLength(1);
    const matches = view.resolution.prefixed[0].matches;
    expect(matches).toEqual(expect.arrayContaining(["romania", "emilia-romagna"]));
    expect(matches.every((w) => w.split("-").some((part) => part.startsWith("roma")))).toBe(true);
  });

  it("matches a word some project has whole, not the longer words that start with it", async () => {
    const whole = await slugsMatching("integr");
    const prefix = await slugsMatching("integr:*");
    // "integration" (stem integr) is in the catalogue, so the search does not fall back to every word starting with it.
    expect((await resolveSearch("integration")).q).toBe("integration");
    expect(await slugsOf(f({ q: "integration" }))).toEqual(whole.slice(0, 20));
    expect(prefix.length).toBeGreaterThanOrEqual(whole.length);
    const view = await getCatalogueView(f({ q: "integration" }));
    expect(view.resolution.prefixed).toEqual([]);
  });

  it("matches only whole words for a stem that is also the start of other words", async () => {
    // "south" is a word of the catalogue, and other words start with it ("south-east", "southern"…) in other projects.
    expect(await slugsMatching("south")).not.toEqual(await slugsMatching("south:*"));
    expect((await resolveSearch("South")).q).toBe("south");
    expect(await slugsOf(f({ q: "South" }))).toEqual(await slugsMatching("south"));
  });

  it("keeps a quoted word whole and offers the prefix search, with its count, instead of an unrelated word", async () => {
    const view = await getCatalogueView(f({ q: '"roma"' }));
    expect(view.search.total).toBe(0);
    expect(view.resolution.missing).toEqual(["roma"]);
    expect(view.suggestions).toEqual([{ q: "roma*", count: (await slugsMatching("roma:*")).length }]);
  });

  it("exports exactly the projects the page lists", async () => {
    const tree = await getProgrammeTree();
    const filters = f({ q: "roma" });
    const page = (await searchProjects(filters)).items.map((p) => p.id).sort();
    expect((await matchingProjectIds(filters, tree)).sort()).toEqual(page);
  });

  it("marks the matched words in a snippet of the text and in the title", async () => {
    const { items } = await searchProjects(f({ q: "refugees", sort: "relevance" }));
    expect(items.length).toBeGreaterThan(0);
    const marked = items.filter((p) => p.highlight?.includes("\u0001"));
    expect(marked.length).toBeGreaterThan(0);
    for (const p of marked) {
      for (const m of p.highlight!.matchAll(/\u0001([^\u0002]*)\u0002/g))
        expect(m[1].toLowerCase()).toMatch(/^refugee/);
      // A snippet, not the whole text.
      expect(p.highlight!.split(/\s+/).length).toBeLessThanOrEqual(2 * 28 + 6);
    }
  });
});
