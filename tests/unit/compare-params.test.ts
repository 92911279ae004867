import { describe, expect, it } from "vitest";
import { parseCompareParams, toCompareSearch } from "../../lib/filters/compare-params";

const parse = (qs: string) => parseCompareParams(new URLSearchParams(qs));

describe("parseCompareParams", () => {
  it.each([
    ["", "projects", [], 0],
    ["projects=drim,arc", "projects", ["drim", "arc"], 0],
    ["projects=drim&projects=arc,fem", "projects", ["drim", "arc", "fem"], 0],
    ["projects=drim,,arc,", "projects", ["drim", "arc"], 0],
    ["projects=drim,drim,arc", "projects", ["drim", "arc"], 1],
    ["projects=a,b,c,d,e,f", "projects", ["a", "b", "c", "d"], 1],
    ["projects=../etc,arc", "projects", ["arc"], 1],
    ["countries=at,IT", "countries", ["AT", "IT"], 0],
    ["countries=AT,XX,UK", "countries", ["AT"], 2],
    ["programmes=amif,interreg", "programmes", ["amif", "interreg"], 0],
    ["projects=drim&countries=AT", "projects", ["drim"], 1],
  ] as const)("%s → %s %j with %i notices", (qs, kind, items, notices) => {
    const parsed = parse(qs);
    expect(parsed.kind).toBe(kind);
    expect(parsed.items).toEqual(items);
    expect(parsed.notices).toHaveLength(notices);
  });

  it("reads the record form Next.js gives pages like URLSearchParams", () => {
    expect(parseCompareParams({ projects: ["drim", "arc,fem"] }).items).toEqual(["drim", "arc", "fem"]);
  });

  it("writes back one key with the items in the order of the columns", () => {
    expect(toCompareSearch("projects", ["drim", "arc"])).toBe("?projects=drim,arc");
    expect(toCompareSearch("countries", [])).toBe("");
    const { kind, items } = parse(toCompareSearch("countries", ["IT", "AT"]).slice(1));
    expect([kind, items]).toEqual(["countries", ["IT", "AT"]]);
  });
});
