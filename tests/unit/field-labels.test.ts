// Flags name their field by path; readers see plain words. Every path used in content/ must have words.
import { describe, expect, it } from "vitest";
import { describeField, fieldLabel } from "../../lib/content/field-labels";
import { loadCatalogue } from "../../lib/content/load";

const catalogue = await loadCatalogue();
const pathsInContent = [...new Set(catalogue.projects.flatMap((p) => p.flags.map((f) => f.field)))].sort();

describe("fieldLabel", () => {
  it("finds flag field paths in content/ to check (the table below is not empty)", () => {
    expect(pathsInContent.length).toBeGreaterThan(5);
  });

  it.each(pathsInContent)("has plain words for %s, a field path used in content/", (path) => {
    const d = describeField(path);
    expect(d, `no plain-words label for "${path}": add it to lib/content/field-labels.ts`).not.toBeNull();
    expect(fieldLabel(path)).not.toMatch(/[[\].]|nameAsStated|statedPartnerCount/);
  });

  it.each([
    ["partners[4].nameAsStated", "Partner name as printed (partner 5)"],
    ["partners.8.nameAsStated", "Partner name as printed (partner 9)"],
    ["partners[6].country", "Partner country (partner 7)"],
    ["partners", "Partner list"],
    ["budget.total", "Total budget"],
    ["budget.grant", "EU or EEA contribution"],
    ["period.start", "Start date"],
    ["period.end", "End date"],
    ["statedPartnerCount", "Number of partners as printed"],
    ["regions[3].name", "Region name (region 4)"],
    ["regions", "Regions"],
    ["countries", "Countries"],
    ["events[4].start", "Event start date (event 5)"],
    ["events[2].place", "Event place (event 3)"],
    ["events[4].agenda[1].title", "Agenda item title (event 5, agenda item 2)"],
    ["results[4].text", "Result (result 5)"],
    ["title", "Title"],
    ["acronym", "Acronym"],
  ])("reads %s as “%s”", (path, words) => {
    expect(fieldLabel(path)).toBe(words);
  });

  it.each(["", "nonsense", "budget.nothing", "partners[x].country", "title[2]", "partners[1].nameAsStated.extra"])(
    "knows no words for the malformed or unknown path %j, and shows it unchanged",
    (path) => {
      expect(describeField(path)).toBeNull();
      expect(fieldLabel(path)).toBe(path);
    },
  );
});
