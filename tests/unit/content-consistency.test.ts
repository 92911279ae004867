// Consistency of content/ with itself and with the source documents' structure. Exactness of each fact is checked
// by people against the documents; these checks catch the slips that can be caught mechanically.
import { existsSync } from "node:fs";
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
    if (existsSync(seeds)) for (const s of catalogue.sources) expect(existsSync(path.join(seeds, s.file)), s.file).toBe(true);
  });

  it("has no organisation that no project refers to", () => {
    const used = new Set(catalogue.projects.flatMap((p) => p.partners.map((x) => x.organisation)));
    expect(catalogue.organisations.map((o) => o.slug).filter((s) => !used.has(s))).toEqual([]);
  });

  describe.each(Object.keys(EXPECTED_PROJECTS_PER_DOCUMENT))("projects of %s", (document) => {
    const projects = () => catalogue.projects.filter((p) => p.source.document === document);

    it("have an EU/EEA contribution no larger than the total budget", () => {
      for (const p of projects()) if (p.budget.total !== null && p.budget.grant !== null) expect(p.budget.grant, p.slug).toBeLessThanOrEqual(p.budget.total);
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
        for (const x of p.partners) if (x.country) expect(countries.has(x.country) || p.flags.some((f) => f.field.startsWith("partners") || f.field === "countries"), `${p.slug}: ${x.nameAsStated} (${x.country})`).toBe(true);
        for (const r of p.regions) expect(countries.has(r.country), `${p.slug}: region ${r.name}`).toBe(true);
      }
    });

    it("list as many partners as the document states, or flag the difference", () => {
      for (const p of projects()) {
        if (p.statedPartnerCount === null || p.statedPartnerCount === p.partners.length) continue;
        expect(p.flags.some((f) => /partner|statedPartnerCount/i.test(f.field)), `${p.slug}: states ${p.statedPartnerCount}, lists ${p.partners.length}`).toBe(true);
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
      for (const p of projects()) if (document !== "004_87f3a4273544f461.txt") expect(p.source.pages, p.slug).toEqual([]);
    });
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
