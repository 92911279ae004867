import { describe, expect, it } from "vitest";
import { formatSourcePages, sourceCitation } from "../../lib/content/source-citation";

describe("source citation", () => {
  it.each([
    [["P. 12", "P. 13"], "pp. 12–13"],
    [["P. 06"], "p. 6"],
    [["P. 06", "P. 09"], "pp. 6, 9"],
    [[], null],
  ])("writes pages %j as %j", (pages, words) => {
    expect(formatSourcePages(pages)).toBe(words);
  });

  it("names a source by its short title and pages, or by its title when it has no short title", () => {
    expect(sourceCitation({ shortTitle: "Interreg brochure on migration", title: "x" }, ["P. 12", "P. 13"])).toBe(
      "Interreg brochure on migration, pp. 12–13",
    );
    expect(sourceCitation({ shortTitle: "INTEGRA project web page", title: "Projekt INTEGRA" })).toBe(
      "INTEGRA project web page",
    );
    expect(sourceCitation({ shortTitle: null, title: "Synthetic catalogue" }, [])).toBe("Synthetic catalogue");
  });
});
