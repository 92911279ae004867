// The fields a data release compares, in the order its changelog lists them, with how a value is read out.
// Pure: the diff (lib/content/release-diff.ts), the pages and the feed all word a change from this one list.
import { formatEuros } from "./money";
import { formatPartialDate } from "./partial-date";

type FieldKind = "text" | "money" | "date" | "list" | "prose";

export const RELEASE_FIELDS = {
  title: { label: "Title", kind: "text" },
  acronym: { label: "Acronym", kind: "text" },
  programme: { label: "Programme", kind: "text" },
  start: { label: "Start date", kind: "date" },
  end: { label: "End date", kind: "date" },
  totalBudget: { label: "Total budget", kind: "money" },
  grant: { label: "EU or EEA contribution", kind: "money" },
  partners: { label: "Partner", kind: "list" },
  countries: { label: "Country", kind: "list" },
  themes: { label: "Theme", kind: "list" },
  targetGroups: { label: "Target group", kind: "list" },
  results: { label: "Result", kind: "list" },
  flags: { label: "Data-quality note", kind: "list" },
  summary: { label: "Summary", kind: "prose" },
  description: { label: "Description", kind: "prose" },
} as const satisfies Record<string, { label: string; kind: FieldKind }>;

export type ReleaseField = keyof typeof RELEASE_FIELDS;

function isReleaseField(field: string): field is ReleaseField {
  return Object.hasOwn(RELEASE_FIELDS, field);
}

/** The label of a stored field name; an unknown name (a field dropped from the list later) is shown as it is. */
export function releaseFieldLabel(field: string): string {
  return isReleaseField(field) ? RELEASE_FIELDS[field].label : field;
}

/** A stored before/after value for readers: money and dates formatted, null as "not stated". */
export function formatReleaseValue(field: string, value: string | null): string {
  if (value === null) return "not stated";
  const kind = isReleaseField(field) ? RELEASE_FIELDS[field].kind : "text";
  if (kind === "money" && /^\d+$/.test(value)) return formatEuros(Number(value));
  if (kind === "date") return formatPartialDate(value);
  return value;
}

type StoredChange = { field: string | null; before: string | null; after: string | null };

/** A field change as the page lays it out: a list item added or removed, prose reworded, or a value before → after. */
export function releaseChangeParts({ field, before, after }: StoredChange & { field: string }) {
  const label = releaseFieldLabel(field);
  const kind = isReleaseField(field) ? RELEASE_FIELDS[field].kind : "text";
  if (kind === "prose") return { label, how: "reworded" } as const;
  if (kind === "list")
    return before === null
      ? ({ label, how: "added", item: after } as const)
      : ({ label, how: "removed", item: before } as const);
  return {
    label,
    how: "value",
    before: formatReleaseValue(field, before),
    after: formatReleaseValue(field, after),
  } as const;
}

/** One change in a sentence: "Total budget: € 169,956 → € 170,000", "Partner removed: …", "Summary reworded". */
export function describeReleaseChange(change: StoredChange): string | null {
  if (change.field === null) return null;
  const p = releaseChangeParts({ ...change, field: change.field });
  if (p.how === "reworded") return `${p.label} reworded`;
  if (p.how === "value") return `${p.label}: ${p.before} → ${p.after}`;
  return `${p.label} ${p.how}: ${p.item}`;
}
