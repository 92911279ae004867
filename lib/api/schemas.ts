// The JSON API's output: one zod schema per shape. Responses are parsed through them before they are sent, and the
// OpenAPI document is generated from them, so the documentation cannot drift from what the API returns.
import { z } from "zod";
import { LOCALES } from "../i18n/locales";

const money = z
  .number()
  .int()
  .nonnegative()
  .nullable()
  .meta({ description: "Whole euros; null when the source does not state it." });
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable()
  .meta({ description: "As stated, with its precision: YYYY, YYYY-MM or YYYY-MM-DD." });
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .meta({ description: "ISO 3166-1 alpha-2" });
const role = z.enum(["lead", "coordinator", "promoter", "beneficiary", "partner", "associated"]);

export const ApiError = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.array(z.string()).optional() }) })
  .meta({ id: "Error", description: "Every error has this shape." });

export const ApiMeta = z
  .object({
    licence: z.object({ name: z.string(), url: z.url() }),
    release: z
      .object({ id: z.number().int(), date: z.iso.datetime(), url: z.url() })
      .nullable()
      .meta({ description: "The data release the response was read from; null before the first." }),
  })
  .meta({ id: "Meta", description: "The licence of the data and its latest release, on every response." });

export const ProjectSummary = z
  .object({
    slug: z.string(),
    acronym: z.string().nullable(),
    title: z.string(),
    programme: z.object({ slug: z.string(), name: z.string() }).nullable(),
    funder: z.enum(["EU", "EEA"]).nullable(),
    start: partialDate,
    end: partialDate,
    status: z.enum(["ongoing", "completed", "planned", "not-stated"]),
    totalBudget: money,
    grant: money,
    countries: z.array(countryCode),
    themes: z.array(z.string()),
    summary: z.string(),
    url: z.url(),
  })
  .meta({ id: "ProjectSummary" });

export const ProjectRecord = ProjectSummary.extend({
  regions: z.array(z.object({ name: z.string(), country: countryCode })),
  partners: z.array(
    z.object({
      organisation: z.string(),
      name: z.string(),
      nameAsStated: z.string(),
      role,
      country: countryCode.nullable(),
    }),
  ),
  statedPartnerCount: z.number().int().nullable(),
  targetGroups: z.array(z.string()),
  source: z.object({ file: z.string(), title: z.string(), pages: z.array(z.string()) }),
}).meta({ id: "ProjectRecord", description: "A project with its partners and area (the JSON export's row)." });

export const ProjectDetail = ProjectRecord.extend({
  description: z.string(),
  cofinancingRate: z.number().nullable(),
  objectives: z.array(z.string()),
  results: z.array(
    z.object({ text: z.string(), figure: z.number().nullable(), unit: z.string().nullable(), expected: z.boolean() }),
  ),
  events: z.array(
    z.object({
      title: z.string(),
      start: partialDate,
      end: partialDate,
      place: z.string().nullable(),
      country: countryCode.nullable(),
      online: z.boolean().nullable(),
      agenda: z.array(z.object({ date: partialDate, time: z.string().nullable(), title: z.string() })),
    }),
  ),
  flags: z.array(z.object({ field: z.string(), raw: z.string(), reading: z.string().nullable(), note: z.string() })),
  related: z.array(z.object({ slug: z.string(), title: z.string(), url: z.url() })),
  meta: ApiMeta,
}).meta({ id: "ProjectDetail" });

export const Facet = z
  .object({
    name: z.enum(["country", "programme", "theme", "group", "status", "budget"]),
    options: z.array(
      z.object({ value: z.string(), label: z.string(), count: z.number().int(), selected: z.boolean() }),
    ),
  })
  .meta({ id: "Facet", description: "Counts use every filter except this facet's own." });

export const ProjectList = z
  .object({
    meta: ApiMeta,
    query: z.string().meta({ description: "The canonical query string of the filters applied." }),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
    items: z.array(ProjectSummary),
    facets: z.array(Facet),
    links: z.object({ self: z.url(), next: z.url().nullable(), prev: z.url().nullable(), csv: z.url(), html: z.url() }),
  })
  .meta({ id: "ProjectList" });

export const CountryItem = z
  .object({
    code: countryCode,
    name: z.string(),
    projects: z.number().int(),
    lead: z.number().int(),
    participant: z.number().int(),
    totalBudget: z.number().nullable(),
    url: z.url(),
  })
  .meta({ id: "Country" });

export const ProgrammeItem = z
  .object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.string(),
    funder: z.enum(["EU", "EEA"]),
    parent: z.string().nullable(),
    projects: z.number().int(),
    totalBudget: z.number(),
    grant: z.number(),
    url: z.url(),
  })
  .meta({ id: "Programme", description: "Counts and totals include every programme below this one." });

export const OrganisationItem = z
  .object({
    slug: z.string(),
    name: z.string(),
    country: countryCode.nullable(),
    projects: z.number().int(),
    url: z.url(),
  })
  .meta({ id: "Organisation" });

export const CountryList = z.object({ meta: ApiMeta, items: z.array(CountryItem) }).meta({ id: "CountryList" });
export const ProgrammeList = z.object({ meta: ApiMeta, items: z.array(ProgrammeItem) }).meta({ id: "ProgrammeList" });
export const OrganisationList = z
  .object({
    meta: ApiMeta,
    total: z.number().int(),
    page: z.number().int(),
    pageCount: z.number().int(),
    items: z.array(OrganisationItem),
  })
  .meta({ id: "OrganisationList", description: "100 organisations per page, by name." });

export const ReleaseItem = z
  .object({
    id: z.number().int(),
    date: z.iso.datetime(),
    contentHash: z.string().meta({ description: "sha256 of the content files the release was seeded from." }),
    projects: z.number().int(),
    organisations: z.number().int(),
    partners: z.number().int().meta({ description: "Participations: an organisation in a project." }),
    totalBudget: money.meta({ description: "Sum of the stated total budgets, whole euros; null when none is stated." }),
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    url: z.url(),
    html: z.url(),
  })
  .meta({ id: "Release" });

export const ReleaseChange = z
  .object({
    project: z.string().meta({ description: "The project's slug." }),
    name: z.string(),
    kind: z.enum(["added", "removed", "changed"]),
    field: z
      .string()
      .nullable()
      .meta({ description: "Null when the whole project was added or removed. List fields give one change per item." }),
    label: z.string().nullable(),
    before: z.string().nullable().meta({ description: "As stored: money in whole euros, dates YYYY[-MM[-DD]]." }),
    after: z.string().nullable(),
  })
  .meta({ id: "ReleaseChange" });

export const ReleaseList = z
  .object({ meta: ApiMeta, items: z.array(ReleaseItem) })
  .meta({ id: "ReleaseList", description: "Every data release, newest first." });
export const ReleaseDetail = ReleaseItem.extend({ meta: ApiMeta, changes: z.array(ReleaseChange) }).meta({
  id: "ReleaseDetail",
});

export type ProjectSummaryJson = z.infer<typeof ProjectSummary>;
export type ProjectRecordJson = z.infer<typeof ProjectRecord>;

/** `GET /api/v1/projects/{slug}?lang=`: the language of labels and of our own text (facts are never translated). */
export const ProjectDetailQuery = z
  .object({ lang: z.enum(LOCALES).default("en") })
  .strict()
  .meta({ id: "ProjectDetailQuery" });
