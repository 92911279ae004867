// Side-by-side comparisons of 2–4 projects, countries or programmes: the figures the catalogue already has for each,
// as one table of labelled rows (used by /compare, /compare.csv and the preview image alike).
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { CompareKind } from "../filters/compare-params";
import { cofinancingRate, formatCount, formatEuros, formatPercent } from "../format/money";
import { formatPeriod } from "../format/partial-date";
import { listCountries } from "./countries";
import { getProgrammeTree, programmePath } from "./programme-tree";
import { listProgrammes } from "./programmes";

const LEAD_ROLES = ["lead", "coordinator", "promoter"] as const;
const HEADLINE_RESULTS = 3;

export const compareProjectSelect = {
  slug: true,
  acronym: true,
  title: true,
  programmeId: true,
  startText: true,
  endText: true,
  totalBudget: true,
  grantAmount: true,
  statedPartnerCount: true,
  programme: { select: { funder: true } },
  countries: { select: { country: { select: { name: true } } }, orderBy: { country: { name: "asc" } } },
  participations: { select: { role: true, organisation: { select: { name: true } } }, orderBy: { position: "asc" } },
  themes: { select: { theme: { select: { name: true } } }, orderBy: { theme: { position: "asc" } } },
  targetGroups: { select: { targetGroup: { select: { name: true } } }, orderBy: { targetGroup: { position: "asc" } } },
  results: { select: { text: true }, orderBy: { position: "asc" }, take: HEADLINE_RESULTS },
} satisfies Prisma.ProjectSelect;

export type CompareColumn = { key: string; label: string; href: string };
export type CompareRow = { label: string; values: string[]; differs: boolean };
export type Comparison = { kind: CompareKind; columns: CompareColumn[]; rows: CompareRow[]; missing: string[] };

const nameOf = (p: { acronym: string | null; title: string }) =>
  p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title;

function table(
  kind: CompareKind,
  columns: CompareColumn[],
  labelled: [string, string[]][],
  missing: string[],
): Comparison {
  const rows = labelled.map(([label, values]) => ({ label, values, differs: new Set(values).size > 1 }));
  return { kind, columns, rows, missing };
}

export async function compareProjects(slugs: string[]): Promise<Comparison> {
  const [found, tree] = await Promise.all([
    db().project.findMany({ where: { slug: { in: slugs } }, select: compareProjectSelect }),
    getProgrammeTree(),
  ]);
  const projects = slugs.flatMap((s) => found.filter((p) => p.slug === s));
  const each = (f: (p: (typeof projects)[number]) => string) => projects.map(f);
  const list = (names: string[]) => names.join(", ") || "not stated";
  return table(
    "projects",
    projects.map((p) => ({ key: p.slug, label: nameOf(p), href: `/projects/${p.slug}` })),
    [
      ["Programme", each((p) => programmePath(tree, p.programmeId).at(-1)?.name ?? "not stated")],
      ["Period", each((p) => formatPeriod(p.startText, p.endText) ?? "not stated")],
      ["Total budget", each((p) => formatEuros(p.totalBudget))],
      ["Grant (EU or EEA contribution)", each((p) => formatEuros(p.grantAmount))],
      [
        "Co-financing rate",
        each((p) => {
          const r = cofinancingRate(p.totalBudget, p.grantAmount);
          return r === null ? "not stated" : formatPercent(r);
        }),
      ],
      [
        "Partners",
        each(
          (p) =>
            `${p.participations.length} listed${p.statedPartnerCount !== null ? `, ${p.statedPartnerCount} stated` : ""}`,
        ),
      ],
      ["Countries", each((p) => list(p.countries.map((c) => c.country.name)))],
      [
        "Lead partner",
        each(
          (p) =>
            p.participations.find((x) => (LEAD_ROLES as readonly string[]).includes(x.role))?.organisation.name ??
            "not stated",
        ),
      ],
      ["Themes", each((p) => list(p.themes.map((t) => t.theme.name)))],
      ["Target groups", each((p) => list(p.targetGroups.map((t) => t.targetGroup.name)))],
      ["Headline results", each((p) => p.results.map((r) => r.text).join(" · ") || "not stated")],
    ],
    slugs.filter((s) => !projects.some((p) => p.slug === s)),
  );
}

export async function compareCountries(codes: string[]): Promise<Comparison> {
  const all = await listCountries();
  const countries = codes.flatMap((c) => all.filter((x) => x.code === c));
  const each = (f: (c: (typeof countries)[number]) => string) => countries.map(f);
  return table(
    "countries",
    countries.map((c) => ({ key: c.code, label: c.name, href: `/countries/${c.code.toLowerCase()}` })),
    [
      ["Projects working in the country", each((c) => formatCount(c.projects))],
      ["Projects led from the country", each((c) => formatCount(c.lead))],
      ["Projects with a partner from the country", each((c) => formatCount(c.participant))],
      ["Total budget of these projects", each((c) => formatEuros(c.totalBudget))],
    ],
    codes.filter((c) => !countries.some((x) => x.code === c)),
  );
}

export async function compareProgrammes(slugs: string[]): Promise<Comparison> {
  const { programmes: all } = await listProgrammes();
  const programmes = slugs.flatMap((s) => all.filter((p) => p.slug === s));
  const each = (f: (p: (typeof programmes)[number]) => string) => programmes.map(f);
  return table(
    "programmes",
    programmes.map((p) => ({ key: p.slug, label: p.name, href: `/programmes/${p.slug}` })),
    [
      ["Kind", each((p) => p.kind)],
      ["Catalogued projects (with sub-programmes)", each((p) => formatCount(p.projects))],
      ["Total budget stated", each((p) => formatEuros(p.totalBudget))],
      ["Grants stated", each((p) => formatEuros(p.grant))],
    ],
    slugs.filter((s) => !programmes.some((p) => p.slug === s)),
  );
}

export function compare(kind: CompareKind, items: string[]): Promise<Comparison> {
  return kind === "countries"
    ? compareCountries(items)
    : kind === "programmes"
      ? compareProgrammes(items)
      : compareProjects(items);
}

/** What can be added to a comparison: a bounded list by name (the add form is a plain <select>). */
export async function compareCandidates(kind: CompareKind, limit = 300): Promise<{ key: string; label: string }[]> {
  if (kind === "countries")
    return (await listCountries()).filter((c) => c.projects > 0).map((c) => ({ key: c.code, label: c.name }));
  if (kind === "programmes")
    return (await listProgrammes()).programmes
      .filter((p) => p.projects > 0)
      .map((p) => ({ key: p.slug, label: p.name }));
  const rows = await db().project.findMany({
    select: { slug: true, acronym: true, title: true },
    orderBy: [{ sortName: "asc" }, { slug: "asc" }],
    take: limit,
  });
  return rows.map((p) => ({ key: p.slug, label: nameOf(p) }));
}
