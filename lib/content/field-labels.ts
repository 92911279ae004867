// Plain words for the field a quality flag concerns. Flags record a field path ("partners[4].nameAsStated"); readers
// should see "Partner name as printed (partner 5)", in the page's language. Pure: no I/O, safe in server components and
// tests.

import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator, type Messages } from "../i18n/messages";

type FieldKey = keyof Messages["Project"]["fields"];
type NounKey = keyof Messages["Project"]["fieldNouns"];

/** What a flag's field path means, in words, and which entry of a list it points at (1-based), if any. */
export type FieldDescription = {
  /** Plain words for the field, e.g. "Partner name as printed". */
  label: string;
  /** Which entries the path points at, outermost first, e.g. [{ noun: "event 5", number: 5 }]. */
  positions: { noun: string; number: number }[];
};

// The words are messages (Project.fields, Project.fieldNouns in lib/i18n/messages/<locale>.json): one key per field.
type Entry = { label: FieldKey; noun?: NounKey; fields?: Record<string, Entry> };

const AGENDA_ITEM: Entry = {
  label: "agendaItem",
  noun: "agendaItem",
  fields: { date: { label: "agendaDate" }, time: { label: "agendaTime" }, title: { label: "agendaTitle" } },
};

// Keyed by the names in lib/content/schema.ts (projectFile). `label` names the field itself; the entries under
// `fields` name the fields of one list element, `noun` names that element in the position note.
const PROJECT_FIELDS: Record<string, Entry> = {
  slug: { label: "slug" },
  acronym: { label: "acronym" },
  title: { label: "title" },
  source: { label: "source", fields: { document: { label: "sourceDocument" }, pages: { label: "sourcePages" } } },
  programme: { label: "programme" },
  period: { label: "period", fields: { start: { label: "start" }, end: { label: "end" } } },
  budget: { label: "budget", fields: { total: { label: "totalBudget" }, grant: { label: "grant" } } },
  statedPartnerCount: { label: "statedPartnerCount" },
  countries: { label: "countries", noun: "country", fields: {} },
  regions: {
    label: "regions",
    noun: "region",
    fields: { name: { label: "regionName" }, country: { label: "regionCountry" } },
  },
  partners: {
    label: "partners",
    noun: "partner",
    fields: {
      organisation: { label: "partnerOrganisation" },
      nameAsStated: { label: "partnerName" },
      role: { label: "partnerRole" },
      country: { label: "partnerCountry" },
    },
  },
  summary: { label: "summary" },
  description: { label: "description" },
  objectives: { label: "objectives", noun: "objective", fields: {} },
  results: {
    label: "results",
    noun: "result",
    fields: {
      text: { label: "result" },
      figure: { label: "resultFigure" },
      unit: { label: "resultUnit" },
      expected: { label: "resultExpected" },
    },
  },
  events: {
    label: "events",
    noun: "event",
    fields: {
      title: { label: "eventName" },
      start: { label: "eventStart" },
      end: { label: "eventEnd" },
      place: { label: "eventPlace" },
      country: { label: "eventCountry" },
      online: { label: "eventOnline" },
      description: { label: "eventDescription" },
      agenda: { label: "eventAgenda", noun: "agendaItem", fields: AGENDA_ITEM.fields },
    },
  },
  themes: { label: "themes", noun: "theme", fields: {} },
  targetGroups: { label: "targetGroups", noun: "targetGroup", fields: {} },
  links: { label: "links", noun: "link", fields: { label: { label: "linkLabel" }, url: { label: "linkUrl" } } },
};

/** Labels for a whole list element ("partners[4]" → "Partner"). */
const ELEMENT_LABEL: Record<NounKey, FieldKey> = {
  country: "country",
  region: "region",
  partner: "partner",
  objective: "objective",
  result: "result",
  event: "event",
  agendaItem: "agendaItem",
  theme: "theme",
  targetGroup: "targetGroup",
  link: "link",
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
export function describeField(path: string, locale: Locale = DEFAULT_LOCALE): FieldDescription | null {
  const t = translator(locale, "Project");
  const parts = segments(path);
  if (!parts || typeof parts[0] !== "string") return null;
  let entry: Entry | undefined = PROJECT_FIELDS[parts[0]];
  const positions: FieldDescription["positions"] = [];
  for (const part of parts.slice(1)) {
    if (!entry) return null;
    if (typeof part === "number") {
      if (!entry.noun) return null;
      positions.push({ noun: t(`fieldNouns.${entry.noun}`, { number: part + 1 }), number: part + 1 });
      // From here on, names refer to the fields of one element.
      entry = { label: ELEMENT_LABEL[entry.noun], fields: entry.fields };
    } else {
      entry = entry.fields?.[part];
    }
  }
  return entry ? { label: t(`fields.${entry.label}`), positions } : null;
}

/**
 * Plain words for a flag's field path, with the list position when there is one:
 * "partners[4].nameAsStated" → "Partner name as printed (partner 5)", "budget.total" → "Total budget".
 * An unknown path is returned unchanged, so a page never loses the information (a unit test keeps content/ covered).
 */
export function fieldLabel(path: string, locale: Locale = DEFAULT_LOCALE): string {
  const d = describeField(path, locale);
  if (!d) return path;
  if (!d.positions.length) return d.label;
  const positions = d.positions.map((p) => p.noun).join(translator(locale, "Project")("listSeparator"));
  return translator(locale, "Project")("fieldWithPosition", { label: d.label, positions });
}
