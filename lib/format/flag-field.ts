// Plain words for the field a data-quality note is about: "partners[4].nameAsStated" → "Name of partner 5".
// A stopgap beside content: lib/content is to gain the catalogue's own wording of field paths; when it does, this
// module should call it and keep only the fallback.

const FIELDS: Record<string, string> = {
  acronym: "Acronym",
  title: "Title",
  summary: "Summary",
  "budget.total": "Total budget",
  "budget.grant": "EU or EEA contribution",
  countries: "Countries",
  regions: "Regions",
  partners: "List of partners",
  statedPartnerCount: "Number of partners the source states",
  start: "Start date",
  end: "End date",
  events: "Events",
  results: "Results",
  objectives: "Objectives",
  programme: "Programme",
};

// Inside a list item: what each property of a partner, event, region or result is called.
const ITEMS: Record<string, { noun: string; properties: Record<string, string> }> = {
  partners: {
    noun: "partner",
    properties: { nameAsStated: "Name", country: "Country", role: "Role", organisation: "Organisation" },
  },
  events: {
    noun: "event",
    properties: {
      title: "Title",
      description: "Description",
      start: "Start date",
      end: "End date",
      place: "Place",
      country: "Country",
    },
  },
  regions: { noun: "region", properties: { name: "Name", country: "Country" } },
  results: { noun: "result", properties: { text: "Text", figure: "Figure", unit: "Unit" } },
  objectives: { noun: "objective", properties: { text: "Text" } },
};

function humanise(word: string): string {
  const spaced = word
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[._]/g, " ")
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** "partners[4].nameAsStated" and "partners.4.nameAsStated" → "Name of partner 5"; unknown paths are humanised. */
export function describeFlagField(path: string): string {
  if (FIELDS[path]) return FIELDS[path];
  const item = /^(\w+)(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?$/.exec(path);
  if (item && ITEMS[item[1]]) {
    const { noun, properties } = ITEMS[item[1]];
    const n = Number(item[2] ?? item[3]) + 1;
    const property = item[4];
    if (!property) return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${n}`;
    return `${properties[property] ?? humanise(property)} of ${noun} ${n}`;
  }
  return humanise(path);
}
