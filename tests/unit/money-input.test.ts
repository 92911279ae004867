import { describe, expect, it } from "vitest";
import { parseEuros } from "../../lib/filters/money-input";
import { parseProjectFilters } from "../../lib/filters/project-filters";

describe("parseEuros", () => {
  it.each([
    ["1000000", 1_000_000],
    ["1,000,000", 1_000_000],
    ["1 000 000", 1_000_000],
    ["1\u00a0000\u00a0000", 1_000_000],
    ["1.000.000", 1_000_000],
    ["1'000'000", 1_000_000],
    ["1.5m", 1_500_000],
    ["1.5M", 1_500_000],
    ["€1.5 M", 1_500_000],
    ["€ 1.5 M", 1_500_000],
    ["1,5m", 1_500_000],
    ["1.500m", 1_500_000],
    ["2 million", 2_000_000],
    ["250k", 250_000],
    ["EUR 200000", 200_000],
    ["1,000,000 €", 1_000_000],
    ["1.000,50", 1_001],
    ["0", 0],
  ])("reads %s as %d euros", (input, euros) => {
    expect(parseEuros(input)).toBe(euros);
  });

  it.each(["", "abc", "-5", "1e6", "12,34,567", "1.5 apples", "€", "1,000.000,5", "m"])(
    "does not read %s as an amount",
    (input) => {
      expect(parseEuros(input)).toBeNull();
    },
  );
});

describe("budget bounds in the URL", () => {
  it.each([
    ["min=1%2C000%2C000", 1_000_000],
    ["min=1+000+000", 1_000_000],
    ["min=1.5m", 1_500_000],
    ["min=%E2%82%AC1.5+M", 1_500_000],
  ])("%s gives a minimum of %d euros", (query, min) => {
    const { filters, notices } = parseProjectFilters(new URLSearchParams(query));
    expect(filters.min).toBe(min);
    expect(notices).toEqual([]);
  });

  it("drops an amount it cannot read and says so", () => {
    const { filters, notices } = parseProjectFilters(new URLSearchParams("min=lots&max=2m"));
    expect(filters).toMatchObject({ min: null, max: 2_000_000 });
    expect(notices).toEqual(["Ignored the budget from “lots”: not an amount in euros (write e.g. 1,500,000 or 1.5m)."]);
  });

  it("drops an amount above the largest budget it accepts", () => {
    expect(parseProjectFilters(new URLSearchParams("max=3bn")).filters.max).toBeNull();
  });
});
