import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, parseProjectFilters, toCanonicalSearch } from "../../lib/filters/project-filters";

const parse = (qs: string) => parseProjectFilters(new URLSearchParams(qs));

describe("parseProjectFilters", () => {
  it.each([
    ["", {}, 0],
    ["country=AT&country=si", { country: ["AT", "SI"] }, 0],
    ["country=SI,AT,SI", { country: ["AT", "SI"] }, 0],
    ["country=UK", { country: [] }, 1],
    ["country=XX&country=FI", { country: ["FI"] }, 1],
    ["programme=interreg-b&theme=health", { programme: ["interreg-b"], theme: ["health"] }, 0],
    ["programme=../etc/passwd", { programme: [] }, 1],
    ["status=ongoing&status=nonsense", { status: ["ongoing"] }, 1],
    ["min=1000&max=500", { min: 500, max: 1000 }, 1],
    ["min=-5", { min: null }, 1],
    ["min=1e9", { min: null }, 1],
    ["max=99999999999", { max: null }, 1],
    ["page=NaN", { page: 1 }, 1],
    ["page=2.5", { page: 1 }, 1],
    ["page=0", { page: 1 }, 1],
    ["page=3", { page: 3 }, 0],
    ["page=3&page=4", { page: 3 }, 1],
    ["from=2019&to=2017", { from: 2017, to: 2019 }, 1],
    ["from=Infinity", { from: null }, 1],
    ["q=  refugees   women ", { q: "refugees women", sort: "relevance" }, 0],
    ["q=x&sort=budget-desc", { q: "x", sort: "budget-desc" }, 0],
    ["sort=relevance", { sort: "name" }, 0],
    ["sort=drop table", { sort: "name" }, 1],
    ["role=lead&amount=grant", { role: "lead", amount: "grant" }, 0],
    ["utm_source=x", {}, 1],
  ])("%s", (qs, expected, noticeCount) => {
    const { filters, notices } = parse(qs);
    expect(filters).toMatchObject({ ...DEFAULT_FILTERS, ...expected });
    expect(notices).toHaveLength(noticeCount);
  });

  it("drops a 10,000-character search and says so", () => {
    const { filters, notices } = parse(`q=${"a".repeat(10_000)}`);
    expect(filters.q).toBeNull();
    expect(notices[0]).toMatch(/Ignored q/);
    expect(notices[0].length).toBeLessThan(120);
  });
});

describe("toCanonicalSearch", () => {
  it.each([
    ["", ""],
    ["page=1&sort=name", ""],
    ["country=SI&country=AT&programme=interreg", "?country=AT,SI&programme=interreg"],
    ["sort=budget-desc&country=AT&page=2", "?country=AT&sort=budget-desc&page=2"],
    ["q=women&country=FI", "?country=FI&q=women"],
    ["q=women&sort=name", "?q=women&sort=name"],
    ["max=500&min=100&amount=grant", "?amount=grant&min=100&max=500"],
    ["lang=de&q=Fl%C3%BCchtlinge&country=DE", "?country=DE&q=Fl%C3%BCchtlinge&lang=de"],
    ["q=refugees&lang=en", "?q=refugees"],
  ])("%s → %s", (qs, canonical) => {
    expect(toCanonicalSearch(parse(qs).filters)).toBe(canonical);
  });

  it.each([
    "country=AT,SI&theme=health&status=ongoing&min=1&max=2&from=2000&to=2020&q=a%20b&sort=start-asc&page=2&role=lead&amount=grant&group=women&programme=amif",
    "q=%D0%B1%D1%96%D0%B6%D0%B5%D0%BD%D1%86%D1%96&lang=uk",
  ])("round-trips %s", (qs) => {
    const once = parse(qs).filters;
    const again = parse(toCanonicalSearch(once).slice(1)).filters;
    expect(again).toEqual(once);
  });
});
