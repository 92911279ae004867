// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that check every response.
import { LOCALES } from "../i18n/locales";
import { z } from "zod";
import { absoluteUrl } from "../config";
import { ORGANISATION_FILTER_SCHEMAS } from "../filters/organisation-filters";
import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  LIST_FILTER_SCHEMAS,
  PAGE_SIZE,
  SINGLE_FILTER_SCHEMAS,
  type FilterKey,
} from "../filters/project-filters";
import "./schemas";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({
  description,
  content: { "application/json": { schema: ref(id) } },
});
const errors = {
  "400": json("Error", "A parameter is not valid; `details` says which."),
  "404": json("Error", "No such record."),
  "503": json("Error", "The database is unavailable; retry shortly."),
};

/** A query value as the URL carries it: the input side of the zod schema that parses it (lib/filters). */
function wireSchema(schema: z.ZodType): Record<string, unknown> {
  const json: Record<string, unknown> = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  delete json.$schema;
  return json;
}
const list = (name: string, description: string, schema: z.ZodType) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "array", items: wireSchema(schema) },
  style: "form",
  explode: false,
});
/** `fallback`: the value used when the key is absent, written as the URL would carry it. */
const single = (name: string, description: string, schema: z.ZodType, fallback?: string | number) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { ...wireSchema(schema), ...(fallback === undefined ? {} : { default: String(fallback) }) },
});

/** What each key of /projects means; the keys, their order and their value schemas come from lib/filters. */
const PROJECT_PARAMETERS: Record<FilterKey, string> = {
  country: "ISO 3166-1 alpha-2 codes (any of them)",
  role: "With `country`: `lead` counts only the lead partner's country",
  programme: "Programme or fund slugs; each includes its sub-programmes",
  theme: "Theme slugs (any of them)",
  group: "Target-group slugs (any of them)",
  status: "Status as of today (UTC)",
  amount: "Which amount `min`/`max` apply to",
  min: "Minimum amount in whole euros",
  max: "Maximum amount in whole euros",
  from: "Active in or after this year (1950–2100)",
  to: "Active in or before this year (1950–2100)",
  q: 'Full-text search: words match as prefixes, "exact phrase", OR, -exclude (up to 200 characters)',
  lang:
    "Language of `q` and of the labels returned: each searched word matches the English text and the translations as " +
    "read in this language (its stemming where PostgreSQL has one, accents ignored); with `lang` other than `en`, " +
    "`summary`, `programme.name` and facet labels of themes, target groups and programmes are translated where a " +
    "translation exists (English otherwise)",
  sort: "Order of results (relevance needs q; by default relevance with q, else name)",
  page: "Page number",
};

function projectParameters() {
  const lists: Partial<Record<FilterKey, z.ZodType>> = LIST_FILTER_SCHEMAS;
  const singles: Partial<Record<FilterKey, z.ZodType>> = SINGLE_FILTER_SCHEMAS;
  return FILTER_KEYS.map((key) => {
    const description = PROJECT_PARAMETERS[key];
    const many = lists[key];
    if (many) return list(key, description, many);
    const one = singles[key];
    if (!one) throw new Error(`No schema for the filter key ${key}`);
    const fallback = DEFAULT_FILTERS[key];
    return single(
      key,
      description,
      one,
      key === "sort" || fallback === null || Array.isArray(fallback) ? undefined : fallback,
    );
  });
}

const ORGANISATION_PARAMETERS: Record<keyof typeof ORGANISATION_FILTER_SCHEMAS, string> = {
  q: "Part of the name or an alias, accents ignored",
  country: "ISO 3166-1 alpha-2",
  role: "Role in at least one project",
  page: "Page number (100 per page)",
};

const organisationParameters = () =>
  Object.entries(ORGANISATION_PARAMETERS).map(([name, description]) => {
    const schemas: Record<string, z.ZodType> = ORGANISATION_FILTER_SCHEMAS;
    const schema = schemas[name];
    if (!schema) throw new Error(`No schema for the organisation key ${name}`);
    return single(name, description, schema, name === "page" ? 1 : undefined);
  });

export function openApiDocument() {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Integration Atlas API",
      version: "1.0.0",
      description:
        "Read-only JSON API of the Integration Atlas catalogue. Money is whole euros; unknown values are null. Errors share one shape. Every response's `meta` gives the licence and the latest data release. Responses may be cached by CDNs for a few minutes.",
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    paths: {
      "/projects": {
        get: {
          operationId: "listProjects",
          summary: `Projects matching the filters of /projects, ${PAGE_SIZE} per page, with facet counts`,
          parameters: projectParameters(),
          responses: { "200": json("ProjectList", "One page of projects"), ...errors },
        },
      },
      "/projects/{slug}": {
        get: {
          operationId: "getProject",
          summary: "One project with every fact of its record",
          parameters: [
            {
              name: "slug",
              in: "path",
              required: true,
              schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
            },
            {
              name: "lang",
              in: "query",
              description:
                "Language of labels and of the catalogue's own text (summary, description, objectives, results); facts are never translated.",
              schema: { type: "string", enum: [...LOCALES], default: "en" },
            },
          ],
          responses: { "200": json("ProjectDetail", "The project"), ...errors },
        },
      },
      "/countries": {
        get: {
          operationId: "listCountries",
          summary: "Countries with project counts and budget totals",
          responses: { "200": json("CountryList", "All countries"), ...errors },
        },
      },
      "/programmes": {
        get: {
          operationId: "listProgrammes",
          summary: "The funding hierarchy with counts and totals",
          responses: { "200": json("ProgrammeList", "All programmes and funds"), ...errors },
        },
      },
      "/organisations": {
        get: {
          operationId: "listOrganisations",
          summary: "Organisations, optionally filtered by name, country and role",
          parameters: organisationParameters(),
          responses: { "200": json("OrganisationList", "Matching organisations"), ...errors },
        },
      },
      "/releases": {
        get: {
          operationId: "listReleases",
          summary: "Every data release, newest first: date, content hash, counts and projects added, removed, changed",
          responses: { "200": json("ReleaseList", "All releases"), ...errors },
        },
      },
      "/releases/{id}": {
        get: {
          operationId: "getRelease",
          summary: "One data release with its changelog, per project and field",
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              description: "The release number, as listed by /releases",
              schema: { type: "integer", minimum: 1 },
            },
          ],
          responses: { "200": json("ReleaseDetail", "The release"), ...errors },
        },
      },
    },
    components: { schemas },
  };
}
