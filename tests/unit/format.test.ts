import { describe, expect, it } from "vitest";
import { countryName, isIsoCountryCode } from "../../lib/format/countries";
import { cofinancingRate, formatEuros, formatEurosCompact, formatPercent } from "../../lib/format/money";
import { firstDay, formatPartialDate, formatPeriod, lastDay } from "../../lib/format/partial-date";
import { projectStatus } from "../../lib/format/status";

describe("formatting for a European English reader", () => {
  it.each([
    [1293843, "€ 1,293,843"],
    [0, "€ 0"],
    [null, "not stated"],
  ])("money %s → %s", (n, s) => expect(formatEuros(n)).toBe(s));
  it("compact money", () => expect(formatEurosCompact(4_300_000)).toBe("€ 4.3 M"));
  it("co-financing rate", () => {
    expect(formatPercent(cofinancingRate(169956, 127467)!)).toBe("75.0 %");
    expect(cofinancingRate(null, 5)).toBeNull();
  });
  it.each([
    ["2018", "2018"],
    ["2018-02", "Feb 2018"],
    ["2018-01-01", "1 Jan 2018"],
  ])("date %s → %s", (d, s) => expect(formatPartialDate(d)).toBe(s));
  it("period", () => expect(formatPeriod("2018-01-01", "2019-12-31")).toBe("1 Jan 2018 – 31 Dec 2019"));
  it("partial dates span their precision", () => {
    expect(firstDay("2019").toISOString().slice(0, 10)).toBe("2019-01-01");
    expect(lastDay("2019").toISOString().slice(0, 10)).toBe("2019-12-31");
    expect(lastDay("2020-02").toISOString().slice(0, 10)).toBe("2020-02-29");
  });
  it.each([
    ["GB", true],
    ["UK", false],
    ["EL", false],
    ["GR", true],
    ["XK", true],
    ["EU", false],
  ])("country code %s valid: %s", (c, ok) => expect(isIsoCountryCode(c)).toBe(ok));
  it("country names", () => {
    expect(countryName("CZ")).toBe("Czechia");
    expect(countryName("BA")).toMatch(/Bosnia/);
  });
  it("status as of a day", () => {
    const today = new Date("2026-11-23T12:00:00Z");
    expect(projectStatus(firstDay("2018"), lastDay("2019"), today)).toBe("completed");
    expect(projectStatus(firstDay("2025"), lastDay("2027"), today)).toBe("ongoing");
    expect(projectStatus(firstDay("2027"), null, today)).toBe("planned");
    expect(projectStatus(null, null, today)).toBe("not-stated");
    expect(projectStatus(null, lastDay("2026-11-23"), today)).toBe("ongoing");
  });
});
