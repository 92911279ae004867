import { describe, expect, it } from "vitest";
import {
  applyFindings,
  classifyWords,
  explainSearch,
  resolvableWords,
  type WordFinding,
} from "../../lib/catalogue/search-explain";
import { parseSearch } from "../../lib/catalogue/search-query";

const findings = (entries: Record<string, WordFinding>) => new Map(Object.entries(entries));

describe("whole words first", () => {
  it.each([
    // typed, what the catalogue holds, search as run
    ["roma", { roma: "prefix" }, "roma*"],
    ["refugees", { refugees: "whole" }, "refugees"],
    ["roma women", { roma: "prefix", women: "whole" }, "roma* women"],
    ["xyzzy", { xyzzy: "none" }, "xyzzy"],
    ['"roma"', { roma: "prefix" }, '"roma"'],
    ["integ* roma", { roma: "whole" }, "integ* roma"],
    ["-roma health", { roma: "prefix", health: "whole" }, "-roma* health"],
    ["roma OR sinti", { roma: "prefix", sinti: "none" }, "roma* OR sinti"],
  ] as const)("runs %s, given %o, as %s", (typed, found, run) => {
    const { groups } = parseSearch(typed);
    expect(applyFindings(groups, findings(found))).toBe(run);
  });

  it("looks up bare words only (a word* is a prefix already)", () => {
    expect(resolvableWords(parseSearch('integ* roma "labour market" -x').groups)).toEqual([
      "roma",
      "labour",
      "market",
      "x",
    ]);
  });

  it.each([
    ["roma", { roma: "prefix" }, ["roma"], []],
    ['"roma"', { roma: "prefix" }, [], ["roma"]],
    ["xyzzy roma", { xyzzy: "none", roma: "prefix" }, ["roma"], ["xyzzy"]],
    ["-roma health", { roma: "prefix", health: "whole" }, [], []],
    ["refugees", { refugees: "whole" }, [], []],
  ] as const)("explains %s (given %o): prefixed %o, missing %o", (typed, found, prefixed, missing) => {
    expect(classifyWords(parseSearch(typed).groups, findings(found))).toEqual({ prefixed, missing });
  });

  it.each([
    [
      { prefixed: [{ word: "roma", matches: ["romania", "emilia-romagna"] }], missing: [] },
      ["No project mentions “roma”. Showing words that start with “roma”: romania and emilia-romagna."],
    ],
    [
      { prefixed: [{ word: "integ", matches: ["integration", "integrated", "integrating"] }], missing: [] },
      ["No project mentions “integ”. Showing words that start with “integ”: integration, integrated and integrating."],
    ],
    [{ prefixed: [], missing: ["xyzzy"] }, ["No project mentions “xyzzy”."]],
    [{ prefixed: [], missing: [] }, []],
  ])("says what happened: %o", (resolution, sentences) => {
    expect(explainSearch(resolution)).toEqual(sentences);
  });
});
