// The fields a data release compares, in the order its changelog lists them, with how a value is read out.
// Pure: the diff (lib/content/release-diff.ts), the pages and the feed all word a change from this one list.
// Labels and sentences are in lib/i18n/messages (Releases.fields, Releases.describe); English is the default.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { keptTranslator, type Translator } from "../i18n/messages";
import { formatEuros } from "./money";
import { formatPartialDate } from "./partial-date";

const keptReleases: Map<Locale, Translator<"Releases">> = new Map();
const keptCommon: Map<Locale, Translator<"Common">> = new Map();

type FieldKind = "text" | "money" | "date" | "list" | "prose";

export const RELEASE_FIELDS = {
  title: { kind: "text" },
  acronym: { kind: "text" },
  programme: { kind: "text" },
  start: { kind: "date" },
  end: { kind: "date" },
  totalBudget: { kind: "money" },
  grant: { kind: "money" },
  partners: { kind: "list" },
  countries: { kind: "list" },
  themes: { kind: "list" },
  targetGroups: { kind: "list" },
  results: { kind: "list" },
  flags: { kind: "list" },
  summary: { kind: "prose" },
  description: { kind: "prose" },
} as const satisfies Record<string, { kind: FieldKind }>;

export type ReleaseField = keyof typeof RELEASE_FIELDS;

function isReleaseField(field: string): field is ReleaseField {
  return Object.hasOwn(RELEASE_FIELDS, field);
}

/** The label of a stored field name; an unknown name (a field dropped from the list later) is shown as it is. */
export function releaseFieldLabel(field: string, locale: Locale = DEFAULT_LOCALE): string {
  return isReleaseField(field) ? keptTranslator(keptReleases, locale, "Releases")(`fields.${field}`) : field;
}

/** A stored before/after value for readers: money and dates formatted, null as "not stated". */
export function formatReleaseValue(field: string, value: string | null, locale: Locale = DEFAULT_LOCALE): string {
  if (value === null) return keptTranslator(keptCommon, locale, "Common")("notStated");
  const kind = isReleaseField(field) ? RELEASE_FIELDS[field].kind : "text";
  if (kind === "money" && /^\d+$/.test(value)) return formatEuros(Number(value), locale);
  if (kind === "date") return formatPartialDate(value, locale);
  return value;
}

type StoredChange = { field: string | null; before: string | null; after: string | null };

/** A field change as the page lays it out: a list item added or removed, prose reworded, or a value before → after. */
export function releaseChangeParts(
  { field, before, after }: StoredChange & { field: string },
  locale: Locale = DEFAULT_LOCALE,
) {
  const label = releaseFieldLabel(field, locale);
  const kind = isReleaseField(field) ? RELEASE_FIELDS[field].kind : "text";
  if (kind === "prose") return { label, how: "reworded" } as const;
  if (kind === "list")
    return before === null
      ? ({ label, how: "added", item: after } as const)
      : ({ label, how: "removed", item: before } as const);
  return {
    label,
    how: "value",
    before: formatReleaseValue(field, before, locale),
    after: formatReleaseValue(field, after, locale),
  } as const;
}

/** One change in a sentence: "Total budget: € 169,956 → € 170,000", "Partner removed: …", "Summary reworded". */
export function describeReleaseChange(change: StoredChange, locale: Locale = DEFAULT_LOCALE): string | null {
  if (change.field === null) return null;
  const t = keptTranslator(keptReleases, locale, "Releases");
  const p = releaseChangeParts({ ...change, field: change.field }, locale);
  if (p.how === "reworded") return t("describe.reworded", { label: p.label });
  if (p.how === "value") return t("describe.value", { label: p.label, before: p.before, after: p.after });
  return t(`describe.${p.how}`, { label: p.label, item: p.item ?? "" });
}
