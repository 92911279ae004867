// The changelog of a data release: what counts as added, removed and changed, per field and per list item.
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../lib/content/load";
import { diffReleases, snapshotOf, type ReleaseSnapshot } from "../../lib/content/release-diff";
import { describeReleaseChange, formatReleaseValue } from "../../lib/format/release-fields";

const catalogue = await loadCatalogue();
const snapshots = () => new Map(catalogue.projects.map((p) => [p.slug, snapshotOf(p, catalogue)]));
const arc = (): ReleaseSnapshot => {
  const s = snapshots().get("arc");
  if (!s) throw new Error("content/projects/arc.json is needed by these tests");
  return s;
};

describe("diffReleases", () => {
  it("lists every project as added in the first release, in slug order", () => {
    const next = snapshots();
    const diff = diffReleases(new Map(), next);
    expect(diff.added).toBe(next.size);
    expect(diff.removed + diff.changed).toBe(0);
    expect(diff.changes.map((c) => c.projectSlug)).toEqual([...next.keys()].sort());
    expect(diff.changes.every((c) => c.kind === "added" && c.field === null)).toBe(true);
  });

  it("finds nothing between two snapshots of the same content", () => {
    expect(diffReleases(snapshots(), snapshots())).toEqual({ changes: [], added: 0, removed: 0, changed: 0 });
  });

  it("records a removed project as one line with its name", () => {
    const next = snapshots();
    next.delete("arc");
    const diff = diffReleases(snapshots(), next);
    expect(diff.changes).toEqual([
      { projectSlug: "arc", projectName: "ARC", kind: "removed", field: null, before: null, after: null },
    ]);
    expect(diff.removed).toBe(1);
  });

  it("gives a changed budget its before and after, and a removed partner one line", () => {
    const before = arc();
    const after = { ...before, totalBudget: 170_000, partners: before.partners.slice(0, 3) };
    const diff = diffReleases(new Map([["arc", before]]), new Map([["arc", after]]));
    expect(diff.changed).toBe(1);
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: "changed", field: "totalBudget", before: "169956", after: "170000" }),
      expect.objectContaining({
        kind: "changed",
        field: "partners",
        before: "Institute of Swedish Safety & Security (partner, SE)",
        after: null,
      }),
    ]);
  });

  it.each([
    ["a stated date becoming unknown", { start: null }, { field: "start", after: null }],
    [
      "a new country",
      { countries: ["Finland (FI)", "Sweden (SE)", "Estonia (EE)"] },
      { field: "countries", before: null, after: "Estonia (EE)" },
    ],
    [
      "reworded prose, without quoting it",
      { summary: "Other words." },
      { field: "summary", before: null, after: null },
    ],
    ["a renamed acronym", { acronym: "ARC2" }, { field: "acronym", before: "ARC", after: "ARC2" }],
  ])("records %s", (_, change, expected) => {
    const before = { ...arc(), start: "2019-09" };
    const diff = diffReleases(new Map([["arc", before]]), new Map([["arc", { ...before, ...change }]]));
    expect(diff.changes).toEqual([expect.objectContaining({ kind: "changed", ...expected })]);
  });

  it("counts a repeated list item once per repeat", () => {
    const before = { ...arc(), themes: ["A", "A", "B"] };
    const diff = diffReleases(new Map([["arc", before]]), new Map([["arc", { ...before, themes: ["A", "B"] }]]));
    expect(diff.changes).toEqual([expect.objectContaining({ field: "themes", before: "A", after: null })]);
  });
});

describe("the words of a change", () => {
  it.each([
    [{ field: "totalBudget", before: "169956", after: "170000" }, "Total budget: € 169,956 → € 170,000"],
    [{ field: "grant", before: null, after: "5" }, "EU or EEA contribution: not stated → € 5"],
    [{ field: "start", before: "2019-09", after: "2019-09-01" }, "Start date: Sep 2019 → 1 Sep 2019"],
    [{ field: "partners", before: "X (lead, FI)", after: null }, "Partner removed: X (lead, FI)"],
    [{ field: "themes", before: null, after: "Health" }, "Theme added: Health"],
    [{ field: "description", before: null, after: null }, "Description reworded"],
    [{ field: null, before: null, after: null }, null],
  ])("words %j as %j", (change, words) => {
    expect(describeReleaseChange(change)).toBe(words);
  });

  it("says not stated for an unknown value", () => {
    expect(formatReleaseValue("totalBudget", null)).toBe("not stated");
  });
});
