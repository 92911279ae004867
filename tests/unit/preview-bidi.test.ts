// Arabic preview cards: Satori lays words out left to right, so lib/og/bidi-words.tsx cuts a line into the pieces
// that a row-reverse draws from the right. Left-to-right runs (titles, acronyms) must stay whole and in order.
import { describe, expect, it } from "vitest";
import { bidiPieces } from "../../lib/og/bidi-words";
import { describeView } from "../../lib/feed/describe-view";
import { DEFAULT_FILTERS } from "../../lib/filters/project-filters";
import { describeFilters } from "../../lib/filters/describe-filters";

describe("right-to-left preview text", () => {
  it("keeps Arabic words apart, in reading order", () => {
    expect(bidiPieces("مشاريع تساعد المهاجرين")).toEqual([
      { text: "مشاريع", ltr: false },
      { text: "تساعد", ltr: false },
      { text: "المهاجرين", ltr: false },
    ]);
  });

  it("keeps a Latin or Cyrillic run whole, with the marks inside it, and leaves marks between Arabic words alone", () => {
    expect(bidiPieces("مقارنة DRIM — Danube Region · Україна مقابل ARC")).toEqual([
      { text: "مقارنة", ltr: false },
      { text: "DRIM — Danube Region · Україна", ltr: true },
      { text: "مقابل", ltr: false },
      { text: "ARC", ltr: true },
    ]);
    expect(bidiPieces("الحالة: جارٍ، «نعم»")).toEqual([
      { text: "الحالة", ltr: false },
      { text: ":", ltr: false },
      { text: "جارٍ،", ltr: false },
      { text: "«", ltr: false },
      { text: "نعم", ltr: false },
      { text: "»", ltr: false },
    ]);
    expect(bidiPieces("22 مشروعًا · 14 بلدًا")).toEqual([
      { text: "22", ltr: true },
      { text: "مشروعًا", ltr: false },
      { text: "·", ltr: false },
      { text: "14", ltr: true },
      { text: "بلدًا", ltr: false },
    ]);
  });
});

describe("a view described per language", () => {
  const filters = { ...DEFAULT_FILTERS, country: ["HR", "AT"], status: ["ongoing" as const], min: 100_000 };

  it("is lib/filters/describe-filters in English, byte for byte", () => {
    expect(describeView(filters, "en")).toEqual(describeFilters(filters));
  });

  it("names countries and conditions in the reader's language", () => {
    const de = describeView(filters, "de");
    expect(de.short).toEqual(["Kroatien und Österreich"]);
    expect(de.long).toBe("Status laufend; Budget ab 100.000\u00a0€");
    expect(describeView(filters, "ar").short[0]).toContain("كرواتيا");
  });
});
