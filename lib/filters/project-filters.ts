// The URL search params of /projects (and the API): one zod schema, lenient per key — a bad value is dropped with
// a notice, never an error — and its inverse, which writes filters back in one canonical order.
import { z } from "zod";
import { isIsoCountryCode } from "../format/countries";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { parseEuros } from "./money-input";
import { STATUSES, type Status } from "../rules/catalogue-rules";

export { STATUSES, type Status };

export const SORTS = [
  "relevance",
  "name",
  "budget-desc",
  "budget-asc",
  "grant-desc",
  "grant-asc",
  "start-desc",
  "start-asc",
] as const;
export const PAGE_SIZE = 20;
const MAX_PAGE = 10_000;
const MAX_MONEY = 2_000_000_000;

export type Sort = (typeof SORTS)[number];

/** The filters as parsed: each list key holds its valid values; each single key its value, or null when not given. */
export type ProjectFilters = {
  [K in keyof typeof LIST_FILTER_SCHEMAS]: z.output<(typeof LIST_FILTER_SCHEMAS)[K]>[];
} & {
  [K in Exclude<keyof typeof SINGLE_FILTER_SCHEMAS, DefaultedKey>]: z.output<(typeof SINGLE_FILTER_SCHEMAS)[K]> | null;
} & { [K in DefaultedKey]: z.output<(typeof SINGLE_FILTER_SCHEMAS)[K]> };
/** Keys that always have a value (their default when not given). */
type DefaultedKey = "role" | "amount" | "sort" | "page" | "lang";

export const DEFAULT_FILTERS: ProjectFilters = {
  q: null,
  country: [],
  role: "any",
  programme: [],
  theme: [],
  group: [],
  status: [],
  amount: "total",
  min: null,
  max: null,
  from: null,
  to: null,
  lang: DEFAULT_LOCALE,
  sort: "name",
  page: 1,
};

/** Canonical key order: facets first, then the control keys q, lang, sort, page. */
export const FILTER_KEYS = [
  "country",
  "role",
  "programme",
  "theme",
  "group",
  "status",
  "amount",
  "min",
  "max",
  "from",
  "to",
  "q",
  "lang",
  "sort",
  "page",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(100);
const wholeNumber = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number);
/** Euros as typed ("1,000,000", "1 000 000", "1.5m", "€1.5 M"; lib/filters/money-input.ts), as whole euros. */
const euros = z
  .string()
  .max(40)
  // The shape of an amount (what the API documents); parseEuros decides whether it reads as one.
  .regex(/^[\s\u00a0\u202f€A-Za-z]{0,8}\d[\d\s.,'\u00a0\u202f\u2009]*[A-Za-z€\s]{0,12}$/)
  .transform((s, ctx) => parseEuros(s) ?? (ctx.addIssue({ code: "custom", message: "not an amount" }), z.NEVER))
  .pipe(z.number().int().min(0).max(MAX_MONEY));
const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1950).max(2100));

/** The schema of one value of each list key (repeated or comma-separated in the URL). */
export const LIST_FILTER_SCHEMAS = {
  country: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine(isIsoCountryCode),
  programme: slug,
  theme: slug,
  group: slug,
  status: z.enum(STATUSES),
} as const;

/** The schema of each single-valued key. */
export const SINGLE_FILTER_SCHEMAS = {
  q: z
    .string()
    .transform((s) =>
      s
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(z.string().min(1).max(200)),
  /** The language `q` is written in (lib/catalogue/search-lang.ts); English unless given. */
  lang: z.enum(LOCALES),
  role: z.enum(["any", "lead"]),
  amount: z.enum(["total", "grant"]),
  min: euros,
  max: euros,
  from: year,
  to: year,
  sort: z.enum(SORTS),
  page: wholeNumber.pipe(z.number().int().min(1).max(MAX_PAGE)),
} as const;

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

export type ParsedFilters = { filters: ProjectFilters; notices: string[] };

function valuesOf(raw: RawSearchParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = raw[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function keysOf(raw: RawSearchParams): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
}

/** Shown back to the person in notices (the messages put it in quotes): short, and stripped of control characters. */
function quote(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "");
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/** `locale`: the language of the notices (the filters themselves are the same in every language). */
export function parseProjectFilters(raw: RawSearchParams, locale: Locale = DEFAULT_LOCALE): ParsedFilters {
  const t = translator(locale, "Notices");
  const filters: ProjectFilters = { ...DEFAULT_FILTERS, country: [], programme: [], theme: [], group: [], status: [] };
  const notices: string[] = [];

  for (const key of keysOf(raw)) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) {
      notices.push(t("unknownParameter", { name: quote(key) }));
    }
  }
  for (const key of Object.keys(LIST_FILTER_SCHEMAS) as (keyof typeof LIST_FILTER_SCHEMAS)[]) {
    const seen = new Set<string>();
    // Accept both repeated keys (?country=AT&country=SI) and comma lists (?country=AT,SI).
    for (const value of valuesOf(raw, key).flatMap((v) => v.split(","))) {
      if (value === "") continue;
      const parsed = LIST_FILTER_SCHEMAS[key].safeParse(value);
      if (!parsed.success) notices.push(t("invalidValue", { key, value: quote(value) }));
      else if (!seen.has(parsed.data)) seen.add(parsed.data);
    }
    (filters[key] as string[]) = [...seen].sort();
  }
  let sortGiven = false;
  for (const key of Object.keys(SINGLE_FILTER_SCHEMAS) as (keyof typeof SINGLE_FILTER_SCHEMAS)[]) {
    const values = valuesOf(raw, key).filter((v) => v !== "");
    if (values.length === 0) continue;
    if (values.length > 1) notices.push(t("severalValues", { key }));
    const parsed = SINGLE_FILTER_SCHEMAS[key].safeParse(values[0]);
    if (!parsed.success) {
      notices.push(
        key === "min" || key === "max"
          ? t("badAmount", { bound: key, value: quote(values[0]) })
          : t("invalidValue", { key, value: quote(values[0]) }),
      );
      continue;
    }
    Object.assign(filters, { [key]: parsed.data });
    if (key === "sort") sortGiven = true;
  }
  if (filters.min !== null && filters.max !== null && filters.min > filters.max) {
    [filters.min, filters.max] = [filters.max, filters.min];
    notices.push(t("swappedBudget"));
  }
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
    notices.push(t("swappedYears"));
  }
  if (!sortGiven || (filters.sort === "relevance" && !filters.q)) filters.sort = defaultSort(filters);
  return { filters, notices };
}

/** The default sort: by relevance while searching, else by name. */
export function defaultSort(filters: Pick<ProjectFilters, "q">): Sort {
  return filters.q ? "relevance" : "name";
}

/** The canonical query string of a set of filters: keys in FILTER_KEYS order, values sorted, defaults omitted. */
export function toCanonicalSearch(filters: ProjectFilters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (Array.isArray(value)) {
      if (value.length) params.set(key, [...value].sort().join(","));
      continue;
    }
    if (value === null || value === undefined) continue;
    if (key === "sort" && value === defaultSort(filters)) continue;
    if (key === "page" && value === 1) continue;
    if (key === "role" && value === "any") continue;
    if (key === "amount" && value === "total") continue;
    if (key === "lang" && value === DEFAULT_LOCALE) continue;
    params.set(key, String(value));
  }
  const s = params.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

/** Filters changed by `patch`; any change other than the page returns to page 1. */
export function withFilters(filters: ProjectFilters, patch: Partial<ProjectFilters>): ProjectFilters {
  return { ...filters, page: 1, ...patch };
}

export function projectsHref(filters: ProjectFilters): string {
  return `/projects${toCanonicalSearch(filters)}`;
}

export function hasActiveFilters(f: ProjectFilters): boolean {
  return Boolean(
    f.q ||
    f.country.length ||
    f.programme.length ||
    f.theme.length ||
    f.group.length ||
    f.status.length ||
    f.min !== null ||
    f.max !== null ||
    f.from !== null ||
    f.to !== null,
  );
}

/** How many filters apply (each selected value, bound and year counts once; the search is not a filter here). */
export function activeFilterCount(f: ProjectFilters): number {
  return (
    f.country.length +
    f.programme.length +
    f.theme.length +
    f.group.length +
    f.status.length +
    [f.min, f.max, f.from, f.to].filter((v) => v !== null).length
  );
}
