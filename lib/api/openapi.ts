// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas that check every response.
import { z } from "zod";
import { absoluteUrl } from "../config";
import { PAGE_SIZE, SORTS, STATUSES } from "../filters/project-filters";
import "./schemas";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { "application/json": { schema: ref(id) } } });
const errors = {
  "400": json("Error", "A parameter is not valid; `details` says which."),
  "404": json("Error", "No such record."),
  "503": json("Error", "The database is unavailable; retry shortly."),
};
const list = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({
  name, in: "query", required: false, description, schema: { type: "array", items: schema }, style: "form", explode: false,
});
const single = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: "query", required: false, description, schema });

export function openApiDocument() {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
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
        "Read-only JSON API of the Integration Atlas catalogue. Money is whole euros; unknown values are null. Errors share one shape. Responses may be cached by CDNs for a few minutes.",
    },
    servers: [{ url: absoluteUrl("/api/v1") }],
    paths: {
      "/projects": {
        get: {
          operationId: "listProjects",
          summary: `Projects matching the filters of /projects, ${PAGE_SIZE} per page, with facet counts`,
          parameters: [
            list("country", "ISO 3166-1 alpha-2 codes (any of them)", { type: "string", pattern: "^[A-Za-z]{2}$" }),
            single("role", "With `country`: `lead` counts only the lead partner's country", { type: "string", enum: ["any", "lead"], default: "any" }),
            list("programme", "Programme or fund slugs; each includes its sub-programmes"),
            list("theme", "Theme slugs (any of them)"),
            list("group", "Target-group slugs (any of them)"),
            list("status", "Status as of today", { type: "string", enum: [...STATUSES] }),
            single("amount", "Which amount `min`/`max` apply to", { type: "string", enum: ["total", "grant"], default: "total" }),
            single("min", "Minimum amount in whole euros", { type: "integer", minimum: 0 }),
            single("max", "Maximum amount in whole euros", { type: "integer", minimum: 0 }),
            single("from", "Active in or after this year", { type: "integer", minimum: 1950, maximum: 2100 }),
            single("to", "Active in or before this year", { type: "integer", minimum: 1950, maximum: 2100 }),
            single("q", 'Full-text search: words match as prefixes, "exact phrase", OR, -exclude', { type: "string", maxLength: 200 }),
            single("sort", "Order of results (relevance needs q)", { type: "string", enum: [...SORTS] }),
            single("page", "Page number", { type: "integer", minimum: 1, default: 1 }),
          ],
          responses: { "200": json("ProjectList", "One page of projects"), ...errors },
        },
      },
      "/projects/{slug}": {
        get: {
          operationId: "getProject",
          summary: "One project with every fact of its record",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }],
          responses: { "200": json("ProjectDetail", "The project"), ...errors },
        },
      },
      "/countries": { get: { operationId: "listCountries", summary: "Countries with project counts and budget totals", responses: { "200": json("CountryList", "All countries"), ...errors } } },
      "/programmes": { get: { operationId: "listProgrammes", summary: "The funding hierarchy with counts and totals", responses: { "200": json("ProgrammeList", "All programmes and funds"), ...errors } } },
      "/organisations": {
        get: {
          operationId: "listOrganisations",
          summary: "Organisations, optionally filtered by name, country and role",
          parameters: [
            single("q", "Part of the name or an alias, accents ignored", { type: "string", maxLength: 200 }),
            single("country", "ISO 3166-1 alpha-2", { type: "string", pattern: "^[A-Za-z]{2}$" }),
            single("role", "Role in at least one project", { type: "string", enum: ["lead", "coordinator", "promoter", "beneficiary", "partner", "associated"] }),
            single("page", "Page number (100 per page)", { type: "integer", minimum: 1, default: 1 }),
          ],
          responses: { "200": json("OrganisationList", "Matching organisations"), ...errors },
        },
      },
    },
    components: { schemas },
  };
}
