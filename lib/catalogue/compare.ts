// Side-by-side comparisons of 2–4 projects, countries or programmes: the figures the catalogue already has for each,
// as one table of labelled rows (used by /compare, /compare.csv and the preview image alike).
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { CompareKind } from "../filters/compare-params";
import { cofinancingRate, formatCount, formatEuros, formatPercent } from "../format/money";
import { formatPeriod } from "../format/partial-date";
import { countryName } from "../format/countries";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { listCountries } from "./countries";
import { termLabels } from "./translations";
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
  countries: { select: { country: { select: { code: true, name: true } } }, orderBy: { country: { name: "asc" } } },
  participations: { select: { role: true, organisation: { select: { name: true } } }, orderBy: { position: "asc" } },
  themes: { select: { theme: { select: { slug: true, name: true } } }, orderBy: { theme: { position: "asc" } } },
  targetGroups: {
    select: { targetGroup: { select: { slug: true, name: true } } },
    orderBy: { targetGroup: { position: "asc" } },
  },
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

export async function compareProjects(slugs: string[], locale: Locale = DEFAULT_LOCALE): Promise<Comparison> {
  const [found, tree, labels] = await Promise.all([
    db().project.findMany({ where: { slug: { in: slugs } }, select: compareProjectSelect }),
    getProgrammeTree(),
    termLabels(locale),
  ]);
  const t = translator(locale, "CompareRows");
  const notStated = translator(locale, "Format")("notStated");
  const projects = slugs.flatMap((s) => found.filter((p) => p.slug === s));
  const each = (f: (p: (typeof projects)[number]) => string) => projects.map(f);
  const list = (names: string[]) => names.join(translator(locale, "Project")("listSeparator")) || notStated;
  return table(
    "projects",
    projects.map((p) => ({ key: p.slug, label: nameOf(p), href: `/projects/${p.slug}` })),
    [
      [
        t("programme"),
        each((p) => {
          const last = programmePath(tree, p.programmeId).at(-1);
          return last ? (labels.programme.get(last.slug)?.name ?? last.name) : notStated;
        }),
      ],
      [t("period"), each((p) => formatPeriod(p.startText, p.endText, locale) ?? notStated)],
      [t("totalBudget"), each((p) => formatEuros(p.totalBudget, locale))],
      [t("grant"), each((p) => formatEuros(p.grantAmount, locale))],
      [
        t("rate"),
        each((p) => {
          const r = cofinancingRate(p.totalBudget, p.grantAmount);
          return r === null ? notStated : formatPercent(r, locale);
        }),
      ],
      [
        t("partners"),
        each((p) =>
          p.statedPartnerCount !== null
            ? t("partnersStated", { listed: p.participations.length, stated: p.statedPartnerCount })
            : t("partnersValue", { listed: p.participations.length }),
        ),
      ],
      [t("countries"), each((p) => list(p.countries.map((c) => countryName(c.country.code, locale))))],
      [
        t("lead"),
        each(
          (p) =>
            p.participations.find((x) => (LEAD_ROLES as readonly string[]).includes(x.role))?.organisation.name ??
            notStated,
        ),
      ],
      [t("themes"), each((p) => list(p.themes.map((x) => labels.theme.get(x.theme.slug)?.name ?? x.theme.name)))],
      [
        t("targetGroups"),
        each((p) =>
          list(p.targetGroups.map((x) => labels.targetGroup.get(x.targetGroup.slug)?.name ?? x.targetGroup.name)),
        ),
      ],
      [t("results"), each((p) => p.results.map((r) => r.text).join(" · ") || notStated)],
    ],
    slugs.filter((s) => !projects.some((p) => p.slug === s)),
  );
}

export async function compareCountries(codes: string[], locale: Locale = DEFAULT_LOCALE): Promise<Comparison> {
  const all = await listCountries();
  const t = translator(locale, "CompareRows");
  const countries = codes.flatMap((c) => all.filter((x) => x.code === c));
  const each = (f: (c: (typeof countries)[number]) => string) => countries.map(f);
  return table(
    "countries",
    countries.map((c) => ({
      key: c.code,
      label: countryName(c.code, locale),
      href: `/countries/${c.code.toLowerCase()}`,
    })),
    [
      [t("countryProjects"), each((c) => formatCount(c.projects, locale))],
      [t("countryLead"), each((c) => formatCount(c.lead, locale))],
      [t("countryPartner"), each((c) => formatCount(c.participant, locale))],
      [t("countryBudget"), each((c) => formatEuros(c.totalBudget, locale))],
    ],
    codes.filter((c) => !countries.some((x) => x.code === c)),
  );
}

export async function compareProgrammes(slugs: string[], locale: Locale = DEFAULT_LOCALE): Promise<Comparison> {
  const { programmes: all } = await listProgrammes(locale);
  const t = translator(locale, "CompareRows");
  const programmes = slugs.flatMap((s) => all.filter((p) => p.slug === s));
  const each = (f: (p: (typeof programmes)[number]) => string) => programmes.map(f);
  return table(
    "programmes",
    programmes.map((p) => ({
      key: p.slug,
      label: p.name,
      href: `/programmes/${p.slug}`,
    })),
    [
      [t("kind"), each((p) => (isKind(p.kind) ? t(`kinds.${p.kind}`) : p.kind))],
      [t("programmeProjects"), each((p) => formatCount(p.projects, locale))],
      [t("programmeBudget"), each((p) => formatEuros(p.totalBudget, locale))],
      [t("programmeGrants"), each((p) => formatEuros(p.grant, locale))],
    ],
    slugs.filter((s) => !programmes.some((p) => p.slug === s)),
  );
}

/** `locale`: the language of row labels, values and names (English for the CSV export's stable headers). */
export function compare(kind: CompareKind, items: string[], locale: Locale = DEFAULT_LOCALE): Promise<Comparison> {
  return kind === "countries"
    ? compareCountries(items, locale)
    : kind === "programmes"
      ? compareProgrammes(items, locale)
      : compareProjects(items, locale);
}

const KINDS = ["fund", "programme-family", "strand", "programme"] as const;
const isKind = (kind: string): kind is (typeof KINDS)[number] => KINDS.some((k) => k === kind);

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
