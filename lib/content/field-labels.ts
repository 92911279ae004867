// Plain words for the field a quality flag concerns. Flags record a field path ("partners[4].nameAsStated"); readers
// should see "Partner name as printed (partner 5)". Pure: no I/O, safe in server components and tests.

/** What a flag's field path means, in words, and which entry of a list it points at (1-based), if any. */
export type FieldDescription = {
  /** Plain words for the field, e.g. "Partner name as printed". */
  label: string;
  /** Which entries the path points at, outermost first, e.g. [{ noun: "event", number: 5 }]. */
  positions: { noun: string; number: number }[];
};

type Entry = { label: string; noun?: string; fields?: Record<string, Entry> };

const AGENDA_ITEM: Entry = {
  label: "Agenda item",
  noun: "agenda item",
  fields: { date: { label: "Agenda item date" }, time: { label: "Agenda item time" }, title: { label: "Agenda item title" } },
};

// Keyed by the names in lib/content/schema.ts (projectFile). `label` names the field itself; the entries under
// `fields` name the fields of one list element, `noun` names that element in the position note.
const PROJECT_FIELDS: Record<string, Entry> = {
  slug: { label: "Record address (slug)" },
  acronym: { label: "Acronym" },
  title: { label: "Title" },
  source: { label: "Source", fields: { document: { label: "Source document" }, pages: { label: "Source pages" } } },
  programme: { label: "Programme" },
  period: { label: "Project period", fields: { start: { label: "Start date" }, end: { label: "End date" } } },
  budget: { label: "Budget", fields: { total: { label: "Total budget" }, grant: { label: "EU or EEA contribution" } } },
  statedPartnerCount: { label: "Number of partners as printed" },
  countries: { label: "Countries", noun: "country", fields: {} },
  regions: {
    label: "Regions",
    noun: "region",
    fields: { name: { label: "Region name" }, country: { label: "Country of the region" } },
  },
  partners: {
    label: "Partner list",
    noun: "partner",
    fields: {
      organisation: { label: "Partner organisation" },
      nameAsStated: { label: "Partner name as printed" },
      role: { label: "Partner role" },
      country: { label: "Partner country" },
    },
  },
  summary: { label: "Summary" },
  description: { label: "Description" },
  objectives: { label: "Objectives", noun: "objective", fields: {} },
  results: {
    label: "Results",
    noun: "result",
    fields: {
      text: { label: "Result" },
      figure: { label: "Result figure" },
      unit: { label: "Unit of the result figure" },
      expected: { label: "Whether the result is planned or achieved" },
    },
  },
  events: {
    label: "Events",
    noun: "event",
    fields: {
      title: { label: "Event name" },
      start: { label: "Event start date" },
      end: { label: "Event end date" },
      place: { label: "Event place" },
      country: { label: "Event country" },
      online: { label: "Whether the event is online" },
      description: { label: "Event description" },
      agenda: { label: "Event agenda", noun: "agenda item", fields: AGENDA_ITEM.fields },
    },
  },
  themes: { label: "Themes", noun: "theme", fields: {} },
  targetGroups: { label: "Target groups", noun: "target group", fields: {} },
  links: { label: "Links", noun: "link", fields: { label: { label: "Link label" }, url: { label: "Link address" } } },
};

/** Singular labels for a whole list element ("partners[4]" → "Partner"). */
const ELEMENT_LABEL: Record<string, string> = {
  country: "Country", region: "Region", partner: "Partner", objective: "Objective", result: "Result", event: "Event",
  "agenda item": "Agenda item", theme: "Theme", "target group": "Target group", link: "Link",
};

/** "partners[4].nameAsStated" and "partners.4.nameAsStated" → ["partners", 4, "nameAsStated"]; null if malformed. */
function segments(path: string): (string | number)[] | null {
  const parts: (string | number)[] = [];
  for (const raw of path.trim().split(".")) {
    const m = raw.match(/^([A-Za-z]+)?((?:\[\d+\])*)$/) ?? raw.match(/^()(\d+)$/);
    if (!m) return null;
    if (m[1]) parts.push(m[1]);
    if (/^\d+$/.test(m[2])) parts.push(Number(m[2]));
    else for (const i of m[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(i[1]));
  }
  return parts.length ? parts : null;
}

/** The plain-words description of a project field path, or null when the path names no known field. */
export function describeField(path: string): FieldDescription | null {
  const parts = segments(path);
  if (!parts || typeof parts[0] !== "string") return null;
  let entry: Entry | undefined = PROJECT_FIELDS[parts[0]];
  const positions: FieldDescription["positions"] = [];
  for (const part of parts.slice(1)) {
    if (!entry) return null;
    if (typeof part === "number") {
      if (!entry.noun) return null;
      positions.push({ noun: entry.noun, number: part + 1 });
      // From here on, names refer to the fields of one element.
      entry = { label: ELEMENT_LABEL[entry.noun] ?? entry.label, fields: entry.fields };
    } else {
      entry = entry.fields?.[part];
    }
  }
  return entry ? { label: entry.label, positions } : null;
}

/**
 * Plain words for a flag's field path, with the list position when there is one:
 * "partners[4].nameAsStated" → "Partner name as printed (partner 5)", "budget.total" → "Total budget".
 * An unknown path is returned unchanged, so a page never loses the information (a unit test keeps content/ covered).
 */
export function fieldLabel(path: string): string {
  const d = describeField(path);
  if (!d) return path;
  return d.positions.length ? `${d.label} (${d.positions.map((p) => `${p.noun} ${p.number}`).join(", ")})` : d.label;
}
