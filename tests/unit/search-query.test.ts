import { describe, expect, it } from "vitest";
import { fold, formatSearch, parseSearch } from "../../lib/catalogue/search-query";
import { lightStem } from "../../lib/catalogue/search-lang";

describe("parseSearch", () => {
  it.each([
    ["refugees", "refugees"],
    ["refug*", "refug:*"],
    ["Östergötland", "ostergotland"],
    ["women health*", "women & health:*"],
    ['"labour market"', "(labour <-> market)"],
    ['"labour* market"', "(labour <-> market)"],
    ["refugees -finland", "refugees & !finland"],
    ["refugees OR migrants", "(refugees | migrants)"],
    ["-only", null],
    ["'); DROP TABLE project; --", "drop & table & project"],
    ["a:*|b&!c", "(a & b & c)"],
    ["   ", null],
  ])("reads %s as the tsquery %s (bare words whole, word* a prefix)", (input, tsquery) => {
    expect(parseSearch(input).tsquery).toBe(tsquery);
  });

  it("returns positive words for highlighting, without the prefix mark", () => {
    expect(parseSearch('Roma* "labour market" -x').terms).toEqual(["roma", "labour", "market"]);
  });

  it("folds accents and case", () => {
    expect(fold("Čačak Łódź ÉCOLE")).toBe("cacak łodz ecole");
  });

  it("keeps the marks that are part of Cyrillic and Arabic letters, as the index does", () => {
    expect(fold("Україна й її")).toBe("україна й її");
    expect(fold("لاجئين")).toBe("لاجئين");
  });

  it.each([
    ["refugees"],
    ["roma* -finland"],
    ['"labour market" OR employment*'],
    ["covid-19 women"],
    ['-a OR b "unbalanced'],
    ["x OR y OR z -w"],
  ])("writes %s back as text that reads to the same query", (input) => {
    const parsed = parseSearch(input);
    expect(parseSearch(formatSearch(parsed.groups))).toEqual(parsed);
  });
});

describe("Ukrainian words without a stemmer", () => {
  it("are also matched by their form without the case ending, when four letters remain", () => {
    expect(lightStem("біженці", "uk")).toBe("біженц");
    expect(lightStem("біженцями", "uk")).toBe("біженц");
    expect(lightStem("країнах", "uk")).toBe("країн");
    expect(lightStem("мова", "uk")).toBeNull();
    expect(lightStem("біжен*", "uk")).toBeNull();
    expect(lightStem("réfugiés", "fr")).toBeNull();
  });
});
