// The URL search params of /compare (and /compare.csv, /og/compare): one zod schema. Exactly one kind of item —
// projects, countries or programmes — 2 to 4 of them; every problem is dropped with a notice, never an error.
import { z } from "zod";
import { isIsoCountryCode } from "../format/countries";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import type { RawSearchParams } from "./project-filters";

export const COMPARE_KINDS = ["projects", "countries", "programmes"] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
const itemSchemas: Record<CompareKind, z.ZodType<string, string>> = {
  projects: slug,
  programmes: slug,
  countries: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine(isIsoCountryCode),
};

/** "a,b" and repeated keys (?projects=a&projects=b, as a form with a hidden field sends) alike. */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) =>
    (v === undefined ? [] : Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean),
  );

const quote = (value: string) => `“${value.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 40)}”`;

/** The schema with its notices in one language (the words: messages, namespace Compare.notices). */
export function compareParamsSchemaIn(locale: Locale) {
  const t = translator(locale, "Compare");
  return z.object({ projects: list, countries: list, programmes: list }).transform((raw) => {
    const notices: string[] = [];
    const given = COMPARE_KINDS.filter((k) => raw[k].length > 0);
    const kind: CompareKind = given[0] ?? "projects";
    if (given.length > 1)
      notices.push(
        t("notices.oneKind", {
          kind: t(`kinds.${kind}`),
          ignored: given
            .slice(1)
            .map((k) => t(`kinds.${k}`))
            .join(t("notices.and")),
        }),
      );
    const items: string[] = [];
    for (const value of raw[kind]) {
      const parsed = itemSchemas[kind].safeParse(value);
      if (!parsed.success)
        notices.push(t(kind === "countries" ? "notices.invalidCode" : "notices.invalidName", { value: quote(value) }));
      else if (items.includes(parsed.data)) notices.push(t("notices.twice", { value: quote(parsed.data) }));
      else items.push(parsed.data);
    }
    if (items.length > MAX_COMPARE) {
      notices.push(
        t("notices.tooMany", { max: MAX_COMPARE, count: items.length, left: items.slice(MAX_COMPARE).join(", ") }),
      );
      items.length = MAX_COMPARE;
    }
    return { kind, items, notices };
  });
}

export const compareParamsSchema = compareParamsSchemaIn(DEFAULT_LOCALE);

export type CompareParams = z.infer<typeof compareParamsSchema>;

export function parseCompareParams(raw: RawSearchParams, locale: Locale = DEFAULT_LOCALE): CompareParams {
  const get = (k: string) => (raw instanceof URLSearchParams ? raw.getAll(k) : raw[k]);
  return compareParamsSchemaIn(locale).parse({
    projects: get("projects"),
    countries: get("countries"),
    programmes: get("programmes"),
  });
}

/** The canonical query string of a comparison: one key, items in the order given (the order of the columns). */
export function toCompareSearch(kind: CompareKind, items: string[]): string {
  return items.length ? `?${kind}=${items.map(encodeURIComponent).join(",")}` : "";
}
