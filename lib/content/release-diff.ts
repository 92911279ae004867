// What a data release compares, and the diff between two releases: pure functions over the content files, so that the
// seed (lib/content/record-release.ts) and the unit tests run the same code.
import { z } from "zod";
import { countryName } from "../format/countries";
import type { ReleaseField } from "../format/release-fields";
import type { Catalogue } from "./load";
import { fieldLabel } from "./field-labels";
import type { ProjectFile } from "./schema";

/** The compared fields of one project as readers see them (names, not slugs), stored per release as JSON. */
export const releaseSnapshot = z.object({
  name: z.string(),
  title: z.string(),
  acronym: z.string().nullable(),
  programme: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  totalBudget: z.number().int().nullable(),
  grant: z.number().int().nullable(),
  partners: z.array(z.string()),
  countries: z.array(z.string()),
  themes: z.array(z.string()),
  targetGroups: z.array(z.string()),
  results: z.array(z.string()),
  flags: z.array(z.string()),
  summary: z.string(),
  description: z.string(),
});
export type ReleaseSnapshot = z.infer<typeof releaseSnapshot>;

export type ReleaseChangeRow = {
  projectSlug: string;
  projectName: string;
  kind: "added" | "removed" | "changed";
  field: ReleaseField | null;
  before: string | null;
  after: string | null;
};

const SCALAR_FIELDS = ["title", "acronym", "programme", "start", "end", "totalBudget", "grant"] as const;
const LIST_FIELDS = ["partners", "countries", "themes", "targetGroups", "results", "flags"] as const;
// Our own prose: a change is announced without quoting the old and new text.
const PROSE_FIELDS = ["summary", "description"] as const;

function resultLine(r: ProjectFile["results"][number]): string {
  const figure = r.figure === null ? "" : `: ${r.figure}${r.unit ? ` ${r.unit}` : ""}`;
  return `${r.text}${figure}${r.expected ? " (expected)" : ""}`;
}

/** A project's snapshot, with programme, theme and target-group slugs read as the catalogue names them. */
export function snapshotOf(p: ProjectFile, catalogue: Pick<Catalogue, "programmes" | "themes" | "targetGroups">) {
  const name = (list: { slug: string; name: string }[], slug: string) => list.find((x) => x.slug === slug)?.name ?? slug;
  return releaseSnapshot.parse({
    name: p.acronym ?? p.title,
    title: p.title,
    acronym: p.acronym,
    programme: p.programme === null ? null : name(catalogue.programmes, p.programme),
    start: p.period.start,
    end: p.period.end,
    totalBudget: p.budget.total,
    grant: p.budget.grant,
    partners: p.partners.map((x) => `${x.nameAsStated} (${x.role}${x.country ? `, ${x.country}` : ""})`),
    countries: p.countries.map((c) => `${countryName(c)} (${c})`),
    themes: p.themes.map((t) => name(catalogue.themes, t)),
    targetGroups: p.targetGroups.map((t) => name(catalogue.targetGroups, t)),
    results: p.results.map(resultLine),
    flags: p.flags.map((f) => `${fieldLabel(f.field)}: “${f.raw}”`),
    summary: p.summary,
    description: p.description,
  });
}

/** Items of `a` that `b` lacks, counting repeats (a partner listed twice and then once is one removal). */
function minus(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

const text = (v: string | number | null) => (v === null ? null : String(v));

function fieldChanges(slug: string, before: ReleaseSnapshot, after: ReleaseSnapshot): ReleaseChangeRow[] {
  const row = (field: ReleaseField, b: string | null, a: string | null): ReleaseChangeRow => ({
    projectSlug: slug,
    projectName: after.name,
    kind: "changed",
    field,
    before: b,
    after: a,
  });
  const rows: ReleaseChangeRow[] = [];
  for (const f of SCALAR_FIELDS) if (before[f] !== after[f]) rows.push(row(f, text(before[f]), text(after[f])));
  for (const f of LIST_FIELDS) {
    for (const gone of minus(before[f], after[f])) rows.push(row(f, gone, null));
    for (const added of minus(after[f], before[f])) rows.push(row(f, null, added));
  }
  for (const f of PROSE_FIELDS) if (before[f] !== after[f]) rows.push(row(f, null, null));
  return rows;
}

/**
 * The changelog from one release to the next, projects in slug order: an added or removed project is one line (field
 * null); a changed one has a line per field (per item for lists). With no previous release every project is added.
 */
export function diffReleases(previous: Map<string, ReleaseSnapshot>, next: Map<string, ReleaseSnapshot>) {
  const slugs = [...new Set([...previous.keys(), ...next.keys()])].sort();
  const changes: ReleaseChangeRow[] = [];
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const slug of slugs) {
    const before = previous.get(slug);
    const after = next.get(slug);
    const whole = (kind: "added" | "removed", name: string) =>
      changes.push({ projectSlug: slug, projectName: name, kind, field: null, before: null, after: null });
    if (!before && after) {
      whole("added", after.name);
      counts.added++;
    } else if (before && !after) {
      whole("removed", before.name);
      counts.removed++;
    } else if (before && after) {
      const rows = fieldChanges(slug, before, after);
      if (rows.length) counts.changed++;
      changes.push(...rows);
    }
  }
  return { changes, ...counts };
}
