// The words built outside React (release changelog and feed, source kinds, file sizes) follow the page's language;
// English stays as it was.
import { describe, expect, it } from "vitest";
import { formatBytes } from "../../lib/format/bytes";
import { describeReleaseChange, formatReleaseValue, releaseFieldLabel } from "../../lib/format/release-fields";
import { sourceKind } from "../../lib/format/source-name";

describe("release changes in other languages", () => {
  it("labels fields and words changes in German", () => {
    expect(releaseFieldLabel("targetGroups", "de")).toBe("Zielgruppe");
    expect(describeReleaseChange({ field: "themes", before: null, after: "Gesundheit" }, "de")).toBe(
      "Thema hinzugefügt: Gesundheit",
    );
    expect(describeReleaseChange({ field: "totalBudget", before: "169956", after: null }, "de")).toBe(
      "Gesamtbudget: 169.956\u00a0€ → nicht angegeben",
    );
  });

  it("points the arrow the way Arabic reads", () => {
    expect(describeReleaseChange({ field: "title", before: "A", after: "B" }, "ar")).toBe("العنوان: A ← B");
  });

  it("says not stated in the page's language", () => {
    expect(formatReleaseValue("grant", null, "uk")).toBe("не зазначено");
    expect(formatReleaseValue("grant", null)).toBe("not stated");
  });

  it("keeps an unknown field's stored name", () => {
    expect(releaseFieldLabel("retiredField", "fr")).toBe("retiredField");
  });
});

describe("source kinds and file sizes", () => {
  it("names the kind of a source per language, unknown kinds with spaces", () => {
    expect(sourceKind("web-page")).toBe("web page");
    expect(sourceKind("web-page", "it")).toBe("pagina web");
    expect(sourceKind("web_page", "ar")).toBe("صفحة ويب");
    expect(sourceKind("annual_report", "de")).toBe("annual report");
  });

  it("writes sizes with the language's decimal mark and units, English unchanged", () => {
    expect(formatBytes(1500)).toBe("1.5 kB");
    expect(formatBytes(999)).toBe("999 bytes");
    expect(formatBytes(1500, "de")).toBe("1,5 kB");
    expect(formatBytes(12_300_000, "fr")).toMatch(/^12\s?Mo$/);
    expect(formatBytes(3, "uk")).toBe("3 байти");
  });
});
