// The zod schemas of the files under content/: the single boundary between editorial data and the database.
import { z } from "zod";
import { isIsoCountryCode } from "../format/countries";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case kebab-case slug");

/** ISO 3166-1 alpha-2, upper case. National codes such as UK or EL are rejected: use GB and GR. */
export const countryCode = z
  .string()
  .refine(isIsoCountryCode, { message: "must be an ISO 3166-1 alpha-2 country code (GB not UK, GR not EL)" });

/** A date with its precision: "2019", "2019-09" or "2019-09-01". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

/** Whole euros. Fractions, strings and negative amounts are refused. */
export const euros = z.number().int("must be a whole number of euros").nonnegative();

const nonEmpty = z.string().trim().min(1);

export const sourceRef = z.object({
  /** File name of a document listed in content/sources.json. */
  document: nonEmpty,
  /** Pages of the document, as printed ("P. 06"); empty for web pages. */
  pages: z.array(z.string().regex(/^P\. \d{2,3}$/, 'must look like "P. 06"')).default([]),
});

export const participationRole = z.enum(["lead", "partner", "beneficiary", "associated", "coordinator", "promoter"]);

export const partnerEntry = z.object({
  /** Slug of a file under content/organisations/. */
  organisation: slug,
  /** The name exactly as this document prints it. */
  nameAsStated: nonEmpty,
  role: participationRole,
  country: countryCode.nullable(),
});

export const resultEntry = z.object({
  /** In our own words; a figure and unit may be given separately. */
  text: nonEmpty,
  figure: z.number().nonnegative().nullable().default(null),
  /** Plural noun for the figure: "participants", "events", "copies"… */
  unit: z.string().trim().min(1).nullable().default(null),
  /** Planned/expected result rather than an achieved one. */
  expected: z.boolean().default(false),
});

export const agendaItem = z.object({
  date: partialDate.nullable().default(null),
  /** As printed, e.g. "10:00–14:00 CET". */
  time: z.string().nullable().default(null),
  title: nonEmpty,
});

export const eventEntry = z.object({
  title: nonEmpty,
  start: partialDate.nullable(),
  end: partialDate.nullable().default(null),
  place: z.string().trim().min(1).nullable(),
  country: countryCode.nullable(),
  /** true: online only; false: in person; null: not stated. */
  online: z.boolean().nullable(),
  description: z.string().nullable().default(null),
  agenda: z.array(agendaItem).default([]),
});

export const regionEntry = z.object({ country: countryCode, name: nonEmpty });

export const qualityFlag = z.object({
  /** Dotted path of the field the flag concerns, e.g. "budget.total". */
  field: nonEmpty,
  /** The value exactly as printed in the document. */
  raw: nonEmpty,
  /** What we read it as (also what the record holds), or null when unreadable. */
  reading: z.string().nullable(),
  note: nonEmpty,
});

export const linkEntry = z.object({ label: nonEmpty, url: z.url() });

export const projectFile = z
  .object({
    slug,
    acronym: z.string().trim().min(1).nullable(),
    title: nonEmpty,
    /** True when the document gives no title and ours is descriptive. */
    titleIsEditorial: z.boolean().default(false),
    source: sourceRef,
    /** Slug of the most specific programme or fund the document states, or null. */
    programme: slug.nullable(),
    period: z.object({ start: partialDate.nullable(), end: partialDate.nullable() }),
    budget: z.object({
      total: euros.nullable(),
      /** Contribution of the funding programme (EU, or EEA Grants for EEA projects). */
      grant: euros.nullable(),
    }),
    statedPartnerCount: z.number().int().positive().nullable(),
    /** Countries of the project area; empty when the document names none. */
    countries: z.array(countryCode),
    regions: z.array(regionEntry).default([]),
    partners: z.array(partnerEntry),
    summary: nonEmpty,
    description: nonEmpty,
    objectives: z.array(nonEmpty).default([]),
    results: z.array(resultEntry).default([]),
    events: z.array(eventEntry).default([]),
    themes: z.array(slug).min(1),
    targetGroups: z.array(slug).default([]),
    links: z.array(linkEntry).default([]),
    flags: z.array(qualityFlag).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.budget.total !== null && p.budget.grant !== null && p.budget.grant > p.budget.total) {
      ctx.addIssue({ code: "custom", path: ["budget", "grant"], message: "grant is above the total budget" });
    }
    if (p.period.start && p.period.end && p.period.end < p.period.start) {
      ctx.addIssue({ code: "custom", path: ["period", "end"], message: "end is before start" });
    }
    const leads = p.partners.filter((x) => x.role === "lead" || x.role === "coordinator");
    if (leads.length > 1) {
      ctx.addIssue({ code: "custom", path: ["partners"], message: "more than one lead partner or coordinator" });
    }
  });

export const organisationFile = z
  .object({
    slug,
    /** Canonical English name. */
    name: nonEmpty,
    shortName: z.string().trim().min(1).nullable().default(null),
    /** Every other spelling or language the documents use. */
    aliases: z.array(nonEmpty).default([]),
    country: countryCode.nullable(),
  })
  .strict();

export const sourceFile = z.array(
  z
    .object({
      /** File name in ../shared/seeds/: the technical id that projects and datasets refer to. */
      file: nonEmpty,
      /** Stable short id for readers' links: the anchor of the source on /about (/about#<slug>). */
      slug,
      /** The title the document prints, or (titleIsEditorial) our description of it when it prints none. */
      title: nonEmpty,
      /** True when the document prints no title of its own and `title` is ours. */
      titleIsEditorial: z.boolean().default(false),
      /** Short name for citing the source in running text ("the INTEGRA project web page"), in our words. */
      shortTitle: nonEmpty,
      /** Publisher as the document names it; null when the document does not say. */
      publisher: z.string().trim().min(1).nullable(),
      kind: z.enum(["brochure", "web-page"]),
      language: z.string().min(2),
      /** Date the document states for itself (publication or last update), or null. */
      date: partialDate.nullable(),
      /** Address of the document itself, only when the document states it; otherwise null. */
      url: z.url().nullable().default(null),
      description: nonEmpty,
    })
    .strict(),
);

export const programmeFile = z.array(
  z
    .object({
      slug,
      name: nonEmpty,
      shortName: z.string().nullable().default(null),
      kind: z.enum(["fund", "programme-family", "strand", "programme"]),
      parent: slug.nullable(),
      /** EU: the contribution is EU money; EEA: from Iceland, Liechtenstein and Norway. */
      funder: z.enum(["EU", "EEA"]),
      description: nonEmpty,
    })
    .strict(),
);

export const taxonomyFile = z.array(
  z.object({ slug, name: nonEmpty, definition: nonEmpty }).strict(),
);

export const periodCountsDataset = z
  .object({
    slug,
    title: nonEmpty,
    source: sourceRef,
    unit: nonEmpty,
    periods: z.array(nonEmpty).min(1),
    rows: z.array(
      z.object({ label: nonEmpty, programme: slug.nullable(), values: z.array(z.number().int().nonnegative()) }),
    ),
    totals: z.array(z.number().int().nonnegative()),
    note: z.string().nullable().default(null),
  })
  .strict()
  .superRefine((d, ctx) => {
    d.rows.forEach((r, i) => {
      if (r.values.length !== d.periods.length)
        ctx.addIssue({ code: "custom", path: ["rows", i, "values"], message: "one value per period expected" });
    });
    if (d.totals.length !== d.periods.length)
      ctx.addIssue({ code: "custom", path: ["totals"], message: "one total per period expected" });
  });

export type ProjectFile = z.infer<typeof projectFile>;
export type OrganisationFile = z.infer<typeof organisationFile>;
export type SourceFile = z.infer<typeof sourceFile>;
export type ProgrammeFile = z.infer<typeof programmeFile>;
export type TaxonomyFile = z.infer<typeof taxonomyFile>;
export type PeriodCountsDataset = z.infer<typeof periodCountsDataset>;

/**
 * content/translations/<locale>.json: the catalogue's own English text (never facts such as titles or names)
 * translated by its editors. Keyed by slug; a project's objectives and results follow the English order one to one.
 */
const translatedTerm = z.object({ name: nonEmpty, definition: nonEmpty }).strict();
export const translationFile = z
  .object({
    locale: z.enum(["de", "fr", "it", "uk", "ar"]),
    programmes: z.record(slug, z.object({ name: nonEmpty, description: nonEmpty }).strict()),
    themes: z.record(slug, translatedTerm),
    targetGroups: z.record(slug, translatedTerm),
    projects: z.record(
      slug,
      z
        .object({
          summary: nonEmpty,
          description: nonEmpty,
          objectives: z.array(nonEmpty),
          results: z.array(z.object({ text: nonEmpty, unit: nonEmpty.nullable() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type TranslationFile = z.infer<typeof translationFile>;
