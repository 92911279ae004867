import { describe, expect, it } from "vitest";
import { fold, parseSearch } from "../../lib/catalogue/search-query";

describe("parseSearch", () => {
  it.each([
    ["refugees", "refugees:*"],
    ["Östergötland", "ostergotland:*"],
    ["women health", "women:* & health:*"],
    ['"labour market"', "(labour <-> market)"],
    ["refugees -finland", "refugees:* & !finland:*"],
    ["refugees OR migrants", "(refugees:* | migrants:*)"],
    ["-only", null],
    ["'); DROP TABLE project; --", "drop:* & table:* & project:*"],
    ["a:*|b&!c", "(a:* & b:* & c:*)"],
    ["   ", null],
  ])("%s → %s", (input, tsquery) => {
    expect(parseSearch(input).tsquery).toBe(tsquery);
  });

  it("returns positive words for highlighting", () => {
    expect(parseSearch('Roma "labour market" -x').terms).toEqual(["roma", "labour", "market"]);
  });

  it("folds accents and case", () => {
    expect(fold("Čačak Łódź ÉCOLE")).toBe("cacak łodz ecole");
  });
});
