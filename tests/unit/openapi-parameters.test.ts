// The API's documented parameters are derived from the filter schemas (lib/filters): same keys, same order, and a
// value the parser accepts is one the documented schema accepts.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../lib/api/openapi";
import { parseOrganisationFilters } from "../../lib/filters/organisation-filters";
import { FILTER_KEYS, parseProjectFilters } from "../../lib/filters/project-filters";

const doc = openApiDocument();
const ajv = new Ajv2020({ strict: false });
type Parameter = { name: string; schema: Record<string, unknown> };

function acceptsEvery(parameters: Parameter[], query: string) {
  const rejected: string[] = [];
  for (const [name, value] of new URLSearchParams(query)) {
    const parameter = parameters.find((p) => p.name === name);
    if (!parameter) rejected.push(`${name}: not documented`);
    else {
      const values = parameter.schema.type === "array" ? value.split(",") : value;
      if (!ajv.validate(parameter.schema, values)) rejected.push(`${name}=${value}: ${ajv.errorsText()}`);
    }
  }
  return rejected;
}

describe("OpenAPI parameters", () => {
  const projects: Parameter[] = doc.paths["/projects"].get.parameters;
  const organisations: Parameter[] = doc.paths["/organisations"].get.parameters;

  it("of /projects are the filter keys, in canonical order", () => {
    expect(projects.map((p) => p.name)).toEqual([...FILTER_KEYS]);
  });

  it("document the search language: one of the catalogue's languages, English by default", () => {
    const lang = projects.find((p) => p.name === "lang");
    expect(lang?.schema).toMatchObject({ enum: ["en", "de", "fr", "it", "uk", "ar"], default: "en" });
    expect(acceptsEvery(projects, "q=r%C3%A9fugi%C3%A9s&lang=fr")).toEqual([]);
    expect(acceptsEvery(projects, "lang=es")).toHaveLength(1);
    expect(parseProjectFilters(new URLSearchParams("lang=es")).notices).toHaveLength(1);
  });

  it("accept a query that the /projects parser reads without a notice", () => {
    const query =
      "country=AT,SI&role=lead&programme=interreg&theme=health&group=refugees&status=ongoing,planned&amount=grant&min=1000&max=5000&from=2015&to=2020&q=refugees&sort=budget-desc&page=2";
    expect(parseProjectFilters(new URLSearchParams(query)).notices).toEqual([]);
    expect(acceptsEvery(projects, query)).toEqual([]);
  });

  it("reject values the /projects parser drops", () => {
    expect(acceptsEvery(projects, "role=boss&sort=random&status=finished&min=-5&from=19x5")).toHaveLength(5);
  });

  it("of /organisations accept what its parser reads, and document every key it reads", () => {
    const query = "q=graz&country=AT&role=coordinator&page=2";
    expect(parseOrganisationFilters(new URLSearchParams(query)).notices).toEqual([]);
    expect(acceptsEvery(organisations, query)).toEqual([]);
    expect(organisations.map((p) => p.name).sort()).toEqual(["country", "page", "q", "role"]);
  });
});
