// The acceptance searches on the real catalogue and its real translations (content/translations): a query for
// "refugees" in German, French, Italian, Ukrainian or Arabic finds the projects the English word finds, and a word
// that no text in that language has finds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { projectListJson } from "../../lib/api/queries";
import { ProjectList } from "../../lib/api/schemas";
import { searchProjects } from "../../lib/catalogue/search-projects";
import { loadCatalogue } from "../../lib/content/load";
import { DEFAULT_FILTERS, parseProjectFilters, type ProjectFilters } from "../../lib/filters/project-filters";
import { switchToClonedDatabase } from "./database";

beforeAll(async () => {
  await switchToClonedDatabase("seeded");
});

const found = async (q: string, lang: ProjectFilters["lang"]) =>
  (await searchProjects({ ...DEFAULT_FILTERS, q, lang, sort: "relevance" })).items.map((p) => p.slug).sort();

describe("search across languages on the real translations", () => {
  it("has a translation file for every language but English", async () => {
    expect((await loadCatalogue()).translations.map((t) => t.locale)).toEqual(["ar", "de", "fr", "it", "uk"]);
  });

  it.each([
    ["de", "Flüchtlinge"],
    ["fr", "réfugiés"],
    ["it", "rifugiati"],
    ["uk", "біженці"],
    ["ar", "لاجئين"],
  ] as const)("finds the refugee projects in %s with %s", async (lang, q) => {
    const english = await found("refugees", "en");
    expect(english.length).toBeGreaterThanOrEqual(5);
    expect(await found(q, lang)).toEqual(english);
  });

  it.each([
    ["de", "Raumfahrt"],
    ["fr", "astronomie"],
    ["it", "astronautica"],
    ["uk", "астрономія"],
    ["ar", "الديناصورات"],
  ] as const)("finds nothing in %s for the unrelated word %s", async (lang, q) => {
    expect(await found(q, lang)).toEqual([]);
  });

  it("GET /api/v1/projects?q=Flüchtlinge&lang=de answers with the refugee projects in German", async () => {
    const { filters } = parseProjectFilters(new URLSearchParams("q=Flüchtlinge&lang=de"));
    const json = ProjectList.parse(await projectListJson(filters));
    expect(json.items.map((p) => p.slug).sort()).toEqual(await found("refugees", "en"));
    const english = ProjectList.parse(await projectListJson({ ...filters, lang: "en", q: "refugees" }));
    const bySlug = new Map(english.items.map((p) => [p.slug, p.summary]));
    for (const item of json.items) expect(item.summary).not.toBe(bySlug.get(item.slug));
  });
});
