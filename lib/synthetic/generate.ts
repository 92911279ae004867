// Generates a realistic synthetic catalogue as content records (validated by the same zod schemas as content/).
import { projectFile, type OrganisationFile, type ProjectFile } from "../content/schema";
import type { Random } from "./random";
import { LANGUAGES, ORG_PATTERNS, PLACE_SYLLABLES, UNITS, WORDS } from "./words";

export const SYNTHETIC_SOURCE = "synthetic-catalogue.txt";
export const SYNTHETIC_COUNTRIES = [
  "AL",
  "AT",
  "BA",
  "BE",
  "BG",
  "CH",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GB",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "ME",
  "MK",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "RS",
  "SE",
  "SI",
  "SK",
  "UA",
  "MD",
  "TR",
] as const;

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function placeName(r: Random): string {
  let name = "";
  for (let i = r.int(2, 3); i > 0; i--) name += r.pick(PLACE_SYLLABLES);
  return capital(name);
}

function sentence(r: Random, lang: (typeof LANGUAGES)[number], words: number): string {
  const list = WORDS[lang];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(list));
  return `${capital(out.join(" "))}.`;
}

export function regionsFor(r: Random, country: string): string[] {
  return Array.from(
    { length: r.int(3, 8) },
    (_, i) => `${placeName(r)} ${["Region", "County", "Province", "District"][i % 4]}`,
  )
    .filter((v, i, a) => a.indexOf(v) === i)
    .map((n) => `${n} (${country})`);
}

export function organisationPool(r: Random, n: number): (OrganisationFile & { country: string })[] {
  const seen = new Set<string>();
  const out: (OrganisationFile & { country: string })[] = [];
  while (out.length < n) {
    const name = r
      .pick(ORG_PATTERNS)
      .replace("{place}", placeName(r))
      .replace("{word}", capital(r.pick(WORDS[r.pick(LANGUAGES)])));
    const slug = name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    if (seen.has(slug)) continue;
    seen.add(slug);
    out.push({
      slug,
      name,
      shortName: null,
      aliases: r.chance(0.1) ? [name.toUpperCase()] : [],
      country: r.pick(SYNTHETIC_COUNTRIES),
    });
  }
  return out;
}

type Context = {
  organisations: (OrganisationFile & { country: string })[];
  regions: Map<string, string[]>;
  programmes: string[];
  themes: string[];
  groups: string[];
};

function partialDate(r: Random, year: number): string {
  const precision = r.next();
  const m = String(r.int(1, 12)).padStart(2, "0");
  if (precision < 0.2) return String(year);
  if (precision < 0.45) return `${year}-${m}`;
  return `${year}-${m}-${String(r.int(1, 28)).padStart(2, "0")}`;
}

export function syntheticProject(r: Random, i: number, ctx: Context): ProjectFile {
  const lang = r.pick(LANGUAGES);
  const acronym =
    Array.from({ length: r.int(3, 7) }, () => String.fromCharCode(65 + r.int(0, 25))).join("") +
    (r.chance(0.3) ? `-${r.int(2, 9)}` : "");
  const titleWords = Array.from({ length: r.int(3, 8) }, () => r.pick(WORDS[lang]));
  const title = capital(titleWords.join(" "));
  // Partners: 2 to 20, drawn with a bias towards a core of active organisations.
  const partnerCount = Math.min(20, Math.max(2, Math.round(r.logNormal(5, 0.6))));
  const picked = new Map<string, (typeof ctx.organisations)[number]>();
  while (picked.size < partnerCount) {
    const index = r.chance(0.3)
      ? r.int(0, Math.min(999, ctx.organisations.length - 1))
      : r.int(0, ctx.organisations.length - 1);
    const o = ctx.organisations[index];
    picked.set(o.slug, o);
  }
  const partners = [...picked.values()].map((o, k) => ({
    organisation: o.slug,
    nameAsStated: o.name,
    role: k === 0 ? ("lead" as const) : r.chance(0.2) ? ("associated" as const) : ("partner" as const),
    country: o.country,
  }));
  const countries = [...new Set(partners.map((p) => p.country))].sort();
  const regions = countries.flatMap((c) =>
    r.chance(0.6) ? r.sample(ctx.regions.get(c) ?? [], r.int(1, 2)).map((name) => ({ country: c, name })) : [],
  );
  const total = r.chance(0.05) ? null : Math.round(r.logNormal(1_200_000, 1.1));
  const grant = total === null || r.chance(0.05) ? null : Math.round(total * (0.5 + r.next() * 0.35));
  const startYear = r.int(2000, 2025);
  const datesKnown = r.chance(0.9);
  const results = Array.from({ length: r.int(0, 4) }, () => ({
    text: sentence(r, "en", r.int(4, 9)),
    figure: r.chance(0.8) ? r.int(1, 2_000) : null,
    unit: r.pick(UNITS),
    expected: r.chance(0.15),
  }));
  return projectFile.parse({
    slug: `${acronym.toLowerCase()}-${i + 1}`,
    acronym,
    title,
    source: { document: SYNTHETIC_SOURCE, pages: [] },
    programme: r.chance(0.97) ? r.pick(ctx.programmes) : null,
    period: datesKnown
      ? { start: partialDate(r, startYear), end: partialDate(r, Math.min(2027, startYear + r.int(1, 4))) }
      : { start: null, end: null },
    budget: { total, grant },
    statedPartnerCount: r.chance(0.9) ? partnerCount : null,
    countries,
    regions,
    partners,
    summary: [sentence(r, lang, r.int(12, 20)), sentence(r, "en", r.int(10, 16))].join(" "),
    description: Array.from({ length: r.int(2, 4) }, () =>
      sentence(r, r.chance(0.5) ? "en" : lang, r.int(25, 45)),
    ).join("\n\n"),
    objectives: Array.from({ length: r.int(0, 3) }, () => sentence(r, "en", r.int(6, 12))),
    results: results.map((x) => ({ ...x, unit: x.figure === null ? null : x.unit })),
    events: r.chance(0.03)
      ? [
          {
            title: sentence(r, "en", 4),
            start: `${startYear}-05-1${r.int(0, 9)}`,
            end: null,
            place: placeName(r),
            country: countries[0],
            online: r.chance(0.3),
            description: null,
            agenda: [],
          },
        ]
      : [],
    themes: r.sample(ctx.themes, r.int(1, 3)),
    targetGroups: r.sample(ctx.groups, r.int(0, 3)),
    links: [],
    flags: r.chance(0.01)
      ? [
          {
            field: "budget.total",
            raw: `${total ?? "?"} €`,
            reading: total === null ? null : String(total),
            note: "Synthetic flag.",
          },
        ]
      : [],
  });
}
