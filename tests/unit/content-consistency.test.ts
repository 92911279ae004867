// Consistency of content/ with itself and with the source documents' structure. Exactness of each fact is checked
// by people against the documents; these checks catch the slips that can be caught mechanically.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue, type Catalogue } from "../../lib/content/load";

const EXPECTED_PROJECTS_PER_DOCUMENT: Record<string, number> = {
  "000_8a13f7cd17ccc267.txt": 1,
  "001_e5c33d17667889c8.txt": 1,
  "002_40b5f62b3af36e59.txt": 1,
  "003_c73ebbad1f109c3d.txt": 1,
  "004_87f3a4273544f461.txt": 18,
};
const LEAD_ROLES = new Set(["lead", "coordinator", "promoter"]);
const BROCHURE = "004_87f3a4273544f461.txt";
const SEEDS = path.resolve("../shared/seeds");
const pageNumber = (p: string) => Number(p.replace(/^P\. /, ""));

/** Lower-case words of a text, with quoted passages (titles, names cited verbatim) left out as breaks. */
function words(text: string, dropQuoted: boolean): string[] {
  const joined = text.replace(/(\p{L})-\n(\p{L})/gu, "$1$2");
  const unquoted = dropQuoted ? joined.replace(/[“"][^“”"]*[”"]/g, " | ") : joined.replace(/[“”"]/g, " ");
  return unquoted
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

const runsOf = new Map<string, Set<string>>();
/** The first run of `n` words that `text` shares with `source`, or null. */
function sharedRun(text: string, source: string, n = 12): string | null {
  let runs = runsOf.get(`${n}\0${source}`);
  if (!runs) {
    const src = words(source, false);
    runs = new Set<string>();
    for (let i = 0; i + n <= src.length; i++) runs.add(src.slice(i, i + n).join(" "));
    runsOf.set(`${n}\0${source}`, runs);
  }
  const own = words(text, true);
  for (let i = 0; i + n <= own.length; i++)
    if (runs.has(own.slice(i, i + n).join(" "))) return own.slice(i, i + n).join(" ");
  return null;
}

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

describe("content/", () => {
  it("holds every project of every source document", () => {
    const counts: Record<string, number> = {};
    for (const p of catalogue.projects) counts[p.source.document] = (counts[p.source.document] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED_PROJECTS_PER_DOCUMENT);
  });

  it("lists every source document, and each exists in ../shared/seeds when that folder is present", () => {
    expect(catalogue.sources.map((s) => s.file).sort()).toEqual(Object.keys(EXPECTED_PROJECTS_PER_DOCUMENT));
    const seeds = path.resolve("../shared/seeds");
    if (existsSync(seeds))
      for (const s of catalogue.sources) expect(existsSync(path.join(seeds, s.file)), s.file).toBe(true);
  });

  it("has no organisation that no project refers to", () => {
    const used = new Set(catalogue.projects.flatMap((p) => p.partners.map((x) => x.organisation)));
    expect(catalogue.organisations.map((o) => o.slug).filter((s) => !used.has(s))).toEqual([]);
  });

  describe.each(Object.keys(EXPECTED_PROJECTS_PER_DOCUMENT))("projects of %s", (document) => {
    const projects = () => catalogue.projects.filter((p) => p.source.document === document);

    it("have an EU/EEA contribution no larger than the total budget", () => {
      for (const p of projects())
        if (p.budget.total !== null && p.budget.grant !== null)
          expect(p.budget.grant, p.slug).toBeLessThanOrEqual(p.budget.total);
    });

    it("have one lead partner (or coordinator/promoter), and it is among the partners", () => {
      for (const p of projects()) {
        if (p.partners.length === 0) continue;
        const leads = p.partners.filter((x) => LEAD_ROLES.has(x.role));
        expect(leads.length, p.slug).toBeLessThanOrEqual(1);
        if (document === "004_87f3a4273544f461.txt") expect(leads.length, `${p.slug} has a lead partner`).toBe(1);
      }
    });

    it("have partner and region countries inside the project's countries", () => {
      for (const p of projects()) {
        const countries = new Set(p.countries);
        for (const x of p.partners)
          if (x.country)
            expect(
              countries.has(x.country) ||
                p.flags.some((f) => f.field.startsWith("partners") || f.field === "countries"),
              `${p.slug}: ${x.nameAsStated} (${x.country})`,
            ).toBe(true);
        for (const r of p.regions) expect(countries.has(r.country), `${p.slug}: region ${r.name}`).toBe(true);
      }
    });

    it("list as many partners as the document states, or flag the difference", () => {
      for (const p of projects()) {
        if (p.statedPartnerCount === null || p.statedPartnerCount === p.partners.length) continue;
        expect(
          p.flags.some((f) => /partner|statedPartnerCount/i.test(f.field)),
          `${p.slug}: states ${p.statedPartnerCount}, lists ${p.partners.length}`,
        ).toBe(true);
      }
    });

    it("name a partner at most once and keep the printed name", () => {
      for (const p of projects()) {
        const slugs = p.partners.map((x) => x.organisation);
        expect(new Set(slugs).size, p.slug).toBe(slugs.length);
        for (const x of p.partners) expect(x.nameAsStated.trim(), p.slug).toBe(x.nameAsStated);
      }
    });

    it("cite brochure pages only for the brochure", () => {
      for (const p of projects()) if (document !== BROCHURE) expect(p.source.pages, p.slug).toEqual([]);
    });
  });

  it("gives every source a unique readers' slug and short title, and cites pages only of brochures", () => {
    const slugs = catalogue.sources.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of catalogue.sources) expect(s.shortTitle.length, s.file).toBeLessThan(60);
    const brochures = new Set(catalogue.sources.filter((s) => s.kind === "brochure").map((s) => s.file));
    for (const p of catalogue.projects)
      if (!brochures.has(p.source.document)) expect(p.source.pages, p.slug).toEqual([]);
  });

  it("cites each brochure profile by its two-page spread (even left page, odd right page), no spread twice", () => {
    const spreads = catalogue.projects
      .filter((p) => p.source.document === BROCHURE)
      .map((p) => ({ slug: p.slug, pages: p.source.pages.map(pageNumber) }));
    for (const { slug, pages } of spreads) {
      expect(pages.length, slug).toBe(2);
      expect(pages[0] % 2, `${slug} starts on an even page`).toBe(0);
      expect(pages[1], slug).toBe(pages[0] + 1);
    }
    const firstPages = spreads.map((s) => s.pages[0]);
    expect(new Set(firstPages).size).toBe(firstPages.length);
  });

  it("agrees with every page number printed in the brochure text: each falls on the spread of the profile around it", () => {
    const file = path.join(SEEDS, BROCHURE);
    if (!existsSync(file)) return;
    const text = readFileSync(file, "utf8");
    const owners = new Map<number, string>();
    for (const p of catalogue.projects)
      for (const page of p.source.pages) if (p.source.document === BROCHURE) owners.set(pageNumber(page), p.slug);
    const markers = [...text.matchAll(/^P\. (\d{2})$/gm)].map((m) => ({ page: Number(m[1]), at: m.index }));
    expect(markers.length).toBeGreaterThan(10);
    // Where each profile begins: its heading (acronym, or title when it has none) printed alone on a line.
    const headings = catalogue.projects
      .filter((p) => p.source.document === BROCHURE)
      .flatMap((p) => {
        const heading = p.slug === "siforref" ? "SlforREF" : (p.acronym ?? p.title).toUpperCase(); // printed with a lower-case l
        const at = text.search(new RegExp(`^\\s*${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m"));
        expect(at, `heading of ${p.slug}`).toBeGreaterThan(-1);
        return [{ slug: p.slug, at }];
      });
    for (const { page, at } of markers) {
      const around = headings.filter((h) => h.at < at).sort((a, b) => b.at - a.at)[0];
      expect(owners.get(page), `P. ${page} is printed inside the profile of ${around?.slug}`).toBe(around?.slug);
    }
  });

  it("keeps reader-facing texts in our own words: no run of 12 words copied from the source document", () => {
    if (!existsSync(SEEDS)) return;
    const copied: string[] = [];
    for (const p of catalogue.projects) {
      const source = readFileSync(path.join(SEEDS, p.source.document), "utf8");
      const texts: [string, string][] = [
        ["summary", p.summary],
        ["description", p.description],
        ...p.objectives.map((o, i): [string, string] => [`objectives[${i}]`, o]),
        ...p.results.map((r, i): [string, string] => [`results[${i}].text`, r.text]),
        ...p.events.flatMap((e, i): [string, string][] =>
          e.description ? [[`events[${i}].description`, e.description]] : [],
        ),
      ];
      for (const [field, text] of texts) {
        const run = sharedRun(text, source);
        if (run) copied.push(`${p.slug} ${field}: "${run}"`);
      }
    }
    for (const s of catalogue.sources) {
      const file = path.join(SEEDS, s.file);
      const run = existsSync(file) ? sharedRun(s.description, readFileSync(file, "utf8")) : null;
      if (run) copied.push(`sources.json ${s.file}: "${run}"`);
    }
    expect(copied).toEqual([]);
  });

  it("detects a copied 12-word run (the check above can fail)", () => {
    expect(
      sharedRun(
        "They said the former 19th century vegetable garden at Lielahti Manor was transformed into a park.",
        "The former 19th century vegetable garden\nat Lielahti Manor was transformed into an ‘edible\npark’",
      ),
    ).not.toBeNull();
    expect(
      sharedRun(
        "A report, “The former 19th century vegetable garden at Lielahti Manor was transformed”, appeared.",
        "The former 19th century vegetable garden at Lielahti Manor was transformed into",
      ),
    ).toBeNull();
  });

  it("records no funding rule as a result: results are outputs and figures reached, never amounts of money", () => {
    for (const p of catalogue.projects)
      for (const r of p.results) expect(`${r.unit ?? ""} ${r.text}`, p.slug).not.toMatch(/\beuros?\b|€|\bEUR\b/i);
  });

  it("keeps editors' remarks about the source out of summaries and descriptions (they belong in flags)", () => {
    const remark =
      /\b(not (?:in|on) the partner list|names none of|is not listed|the record (?:keeps|holds|uses)|misspel|sic\b)/i;
    for (const p of catalogue.projects) {
      expect(p.summary, p.slug).not.toMatch(remark);
      expect(p.description, p.slug).not.toMatch(remark);
    }
  });

  it("writes flag field paths as path[index].field, so that lib/content/field-labels.ts can name them", () => {
    for (const p of catalogue.projects)
      for (const f of p.flags) expect(f.field, p.slug).toMatch(/^[a-zA-Z]+(?:\[\d+\])?(?:\.[a-zA-Z]+(?:\[\d+\])?)*$/);
  });

  it("keeps the brochure's per-period table consistent: strands add up to the printed totals", () => {
    for (const d of catalogue.datasets) {
      d.totals.forEach((total, i) => expect(d.rows.reduce((s, r) => s + r.values[i], 0)).toBe(total));
    }
  });

  it("has a theme taxonomy of 10 to 15 themes, and every project has one", () => {
    expect(catalogue.themes.length).toBeGreaterThanOrEqual(10);
    expect(catalogue.themes.length).toBeLessThanOrEqual(15);
    for (const p of catalogue.projects) expect(p.themes.length, p.slug).toBeGreaterThan(0);
  });
});
