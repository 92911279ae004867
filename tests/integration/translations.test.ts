// Translated content on a real database: the catalogue of content/ plus small translation files of our own
// (tests/fixtures/translations: siforref, a refugee project, and begin, an unrelated one, in German, French, Ukrainian
// and Arabic, with the "refugees" target group named in each). Seeding fills the translation tables; a search in any
// of those languages finds the refugee projects through the translated text and an unrelated word does not; the API
// answers in the language asked for.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getProject } from "../../lib/catalogue/get-project";
import { matchingProjectIds, searchProjects } from "../../lib/catalogue/search-projects";
import { getProgrammeTree } from "../../lib/catalogue/programme-tree";
import { projectText, termLabels } from "../../lib/catalogue/translations";
import { projectDetailJsonBySlug, projectListJson } from "../../lib/api/queries";
import { ProjectDetail, ProjectList } from "../../lib/api/schemas";
import { seedFromContent } from "../../lib/content/run-seed";
import { createPrismaClient } from "../../lib/db/client";
import { DEFAULT_FILTERS, parseProjectFilters, type ProjectFilters } from "../../lib/filters/project-filters";
import { queryAt, switchToClonedDatabase } from "./database";

let url: string;

const sql = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => queryAt<T>(url, text, values);

let root: string;

async function seed() {
  const prisma = createPrismaClient(url);
  try {
    await seedFromContent(prisma, { root, log: () => {} });
  } finally {
    await prisma.$disconnect();
  }
}

beforeAll(async () => {
  url = await switchToClonedDatabase("empty");
  root = await mkdtemp(path.join(tmpdir(), "atlas-content-"));
  await cp("content", root, { recursive: true });
  // The fixtures only, in place of the real translations.
  await rm(path.join(root, "translations"), { recursive: true, force: true });
  await cp("tests/fixtures/translations", path.join(root, "translations"), { recursive: true });
  await seed();
});

const f = (patch: Partial<ProjectFilters>): ProjectFilters => ({ ...DEFAULT_FILTERS, sort: "relevance", ...patch });
/** The slugs the /projects list finds (the bitmap path) and the slugs exports find (the plain SQL path), both sorted. */
async function found(q: string, lang: ProjectFilters["lang"]) {
  const filters = f({ q, lang });
  const list = (await searchProjects(filters)).items.map((p) => p.slug).sort();
  const ids = await matchingProjectIds(filters, await getProgrammeTree());
  const slugs = await sql<{ slug: string }>(`SELECT slug FROM project WHERE id = ANY($1) ORDER BY slug`, [ids]);
  expect(
    slugs.map((r) => r.slug),
    "exports find what the list finds",
  ).toEqual(list);
  return list;
}
/** The projects having the "refugees" target group, whose name every fixture translates. */
async function refugeeGroupProjects() {
  const rows = await sql<{ slug: string }>(
    `SELECT p.slug FROM project p JOIN project_target_group pg ON pg.project_id = p.id
     JOIN target_group g ON g.id = pg.target_group_id WHERE g.slug = 'refugees' ORDER BY 1`,
  );
  return rows.map((r) => r.slug);
}

describe("seeding translations", () => {
  it("fills project_translation and term_translation from the translation files", async () => {
    const projects = await sql<{ locale: string; slug: string }>(
      `SELECT t.locale, p.slug FROM project_translation t JOIN project p ON p.id = t.project_id ORDER BY 1, 2`,
    );
    expect(projects.map((r) => `${r.locale}:${r.slug}`)).toEqual([
      "ar:begin",
      "ar:siforref",
      "de:begin",
      "de:siforref",
      "fr:begin",
      "fr:siforref",
      "uk:begin",
      "uk:siforref",
    ]);
    const terms = await sql<{ key: string }>(
      `SELECT locale || ':' || kind || ':' || slug || ':' || name AS key FROM term_translation WHERE locale = 'de' ORDER BY 1`,
    );
    expect(terms.map((r) => r.key)).toEqual([
      "de:programme:interreg:Interreg (Fixture)",
      "de:target_group:refugees:Geflüchtete",
    ]);
  });

  it("puts the translated words, stemmed per language, in the word index", async () => {
    const rows = await sql<{ lexeme: string }>(`SELECT lexeme FROM word_bitmap WHERE lexeme = ANY($1) ORDER BY 1`, [
      ["fluchtling", "gefluchtet", "refug", "біженці", "لاجء"],
    ]);
    expect(rows.map((r) => r.lexeme).sort()).toEqual(["fluchtling", "gefluchtet", "refug", "біженці", "لاجء"].sort());
  });
});

describe("search across languages", () => {
  it("finds the refugee project by its German translation, with German stemming, and not the unrelated one", async () => {
    expect(await found("Flüchtlinge", "de")).toEqual(["siforref"]); // the text says "Flüchtlingen", "Flüchtlinge"
    expect(await found("Flüchtling", "de")).toEqual(["siforref"]);
    expect(await found("Geflüchtete", "de")).toEqual(await refugeeGroupProjects()); // the target group's German name
    expect(await found("Gründung", "de")).toEqual(["begin"]);
    expect(await found("Raumfahrt", "de")).toEqual([]);
  });

  it("finds the refugee project in French, accent-insensitive, singular or plural", async () => {
    expect(await found("réfugiés", "fr")).toContain("siforref");
    expect(await found("refugie", "fr")).toContain("siforref");
    expect(await found("réfugiés", "fr")).not.toContain("begin");
  });

  it("finds the refugee projects in Ukrainian and in Arabic", async () => {
    const group = await refugeeGroupProjects();
    expect(group).toContain("arc");
    expect(await found("біженці", "uk")).toEqual([...new Set([...group, "siforref"])].sort());
    expect(await found("لاجئين", "ar")).toEqual([...new Set([...group, "siforref"])].sort());
    expect(await found("біженці", "uk")).not.toContain("begin");
    expect(await found("країнах", "uk")).toEqual(["siforref"]); // "ї" is a letter of its own, not an accent
    // No Ukrainian stemmer in PostgreSQL: another case of the noun matches through its form without the ending.
    expect(await found("біженцям", "uk")).toEqual([...new Set([...group, "siforref"])].sort());
    expect(await found('"біженцям"', "uk")).toEqual([]);
  });

  it("matches each word in English or in the query's language, and drops that language's stop words", async () => {
    // "Flüchtlinge" only in the German text, "Slovenia" only in the English: both words must match, each either way.
    expect(await found("Flüchtlinge Slovenia", "de")).toEqual(["siforref"]);
    expect(await found("die Flüchtlinge und", "de")).toEqual(["siforref"]);
    expect(await found("Flüchtlinge -Slovenia", "de")).toEqual([]);
    expect(await found("Raumfahrt OR Gründung", "de")).toEqual(["begin"]);
  });

  it("reads a search in English exactly as before: by the 'atlas' configuration alone", async () => {
    for (const q of ["refugees", "women", "integration"]) {
      const direct = await sql<{ slug: string }>(
        `SELECT slug FROM project WHERE search_vector @@ to_tsquery('atlas', $1) ORDER BY slug`,
        [q],
      );
      expect(await found(q, "en")).toEqual(direct.map((r) => r.slug));
    }
  });

  it("marks the matched words in the translated snippet", async () => {
    const { items } = await searchProjects(f({ q: "Flüchtlinge", lang: "de" }));
    expect(items[0]?.highlight).toContain("\u0001Flüchtlingen\u0002");
  });
});

describe("translated text for the interface", () => {
  it("gives a project's translation, flagged, and the English text where there is none", async () => {
    const siforref = await getProject("siforref");
    const arc = await getProject("arc");
    if (!siforref || !arc) throw new Error("fixture projects missing");
    const de = await projectText(siforref.project, "de");
    expect(de).toMatchObject({
      lang: "de",
      translated: true,
      objectives: ["Austausch", "Strategien", "Pilotprojekte"],
    });
    expect(de.results[0]).toMatchObject({ text: "Austausch guter Praxis", figure: siforref.project.results[0].figure });
    const untranslated = await projectText(arc.project, "de");
    expect(untranslated).toMatchObject({ lang: "en", translated: false, summary: arc.project.summary });
    expect(await projectText(siforref.project, "en")).toMatchObject({ lang: "en", summary: siforref.project.summary });
  });

  it("labels programmes, themes and target groups in the language, falling back to English", async () => {
    const de = await termLabels("de");
    expect(de.targetGroup.get("refugees")).toMatchObject({ name: "Geflüchtete", translated: true });
    expect(de.theme.get("education")).toEqual({
      name: "Education and training",
      definition: expect.any(String),
      translated: false,
    });
    expect((await termLabels("en")).targetGroup.get("refugees")?.name).toBe("Refugees");
  });
});

describe("the API with lang", () => {
  it("GET /api/v1/projects?q=Flüchtlinge&lang=de finds the refugee project with German summary and labels", async () => {
    const { filters, notices } = parseProjectFilters(new URLSearchParams("q=Flüchtlinge&lang=de"));
    expect(notices).toEqual([]);
    expect(filters.lang).toBe("de");
    const json = ProjectList.parse(await projectListJson(filters));
    expect(json.items.map((p) => p.slug)).toEqual(["siforref"]);
    expect(json.items[0].summary).toMatch(/^Soziale Innovation/);
    expect(json.items[0].programme?.name).toBe("Interreg (Fixture)");
    const groups = json.facets.find((x) => x.name === "group");
    expect(groups?.options.find((o) => o.value === "refugees")?.label).toBe("Geflüchtete");
    expect(json.query).toBe("?q=Fl%C3%BCchtlinge&lang=de");
    expect(json.links.next).toBeNull();
  });

  it("answers lang=en exactly as without lang", async () => {
    const withLang = parseProjectFilters(new URLSearchParams("q=refugees&lang=en")).filters;
    const without = parseProjectFilters(new URLSearchParams("q=refugees")).filters;
    expect(await projectListJson(withLang)).toEqual(await projectListJson(without));
    expect(parseProjectFilters(new URLSearchParams("lang=xx")).notices).toEqual([
      "Ignored lang “xx”: not a valid value.",
    ]);
  });

  it("gives a project's detail in the language asked for", async () => {
    const de = ProjectDetail.parse(await projectDetailJsonBySlug("siforref", "de"));
    const en = ProjectDetail.parse(await projectDetailJsonBySlug("siforref"));
    expect(de.objectives).toEqual(["Austausch", "Strategien", "Pilotprojekte"]);
    expect(de.title).toBe(en.title);
    expect(de.partners).toEqual(en.partners);
    expect(en.summary).not.toBe(de.summary);
  });
});

describe("editing a translation", () => {
  it("re-seeds (the content hash covers it) and records a release that lists no change of facts", async () => {
    const file = path.join(root, "translations", "de.json");
    const de = JSON.parse(await readFile(file, "utf8"));
    de.projects.begin.summary = "Gründung sozialer Unternehmen im Umweltbereich, etwa im Gartenbau.";
    await writeFile(file, JSON.stringify(de));
    expect(await found("Gartenbau", "de")).toEqual([]);
    await seed();
    expect(await found("Gartenbau", "de")).toEqual(["begin"]);
    const releases = await sql<{ id: number; added: number; removed: number; changed: number; changes: number }>(
      `SELECT r.id, r.added, r.removed, r.changed, (SELECT count(*)::int FROM release_change c WHERE c.release_id = r.id) AS changes
       FROM data_release r ORDER BY r.id`,
    );
    expect(releases).toHaveLength(2);
    expect(releases[1]).toMatchObject({ added: 0, removed: 0, changed: 0, changes: 0 });
  });
});
