import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageWindow } from "../../components/pagination";
import { formatPeriod } from "../../lib/format/partial-date";
import { sourceAnchor, sourceCitation } from "../../lib/format/source-name";
import { formatSourcePages } from "../../lib/format/source-pages";
import { clipWords } from "../../lib/format/text";
import { classOf, mapClasses } from "../../lib/map/map-classes";
import { BRAND, BRAND_TOKENS } from "../../lib/og/brand";

describe("periods read as sentences when a side is unknown", () => {
  it.each([
    ["2018-01-01", "2019-12-31", "1 Jan 2018 – 31 Dec 2019"],
    [null, "2020", "until 2020 (start not stated)"],
    ["2019", null, "from 2019 (end not stated)"],
    ["2019-09", null, "from Sep 2019 (end not stated)"],
    [null, null, null],
  ])("%s – %s → %s", (start, end, text) => expect(formatPeriod(start, end)).toBe(text));
});

describe("clipping text for previews", () => {
  it.each([
    ["Short title", 20, "Short title"],
    ["Integration of migrants in rural areas", 20, "Integration of…"],
    ["Danube Region Information Platform, for Economic Integration", 36, "Danube Region Information Platform…"],
    ["Supercalifragilisticexpialidocious", 10, "Supercali…"],
    ["Integration  Atlas   spaced", 40, "Integration Atlas spaced"],
  ])("%s (max %i) → %s", (text, max, clipped) => {
    expect(clipWords(text, max)).toBe(clipped);
    expect(clipWords(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe("source documents are named for readers", () => {
  it.each([
    [["P. 06", "P. 07"], "pp. 6–7"],
    [["P. 12"], "p. 12"],
    [["P. 3", "P. 9", "P. 10"], "pp. 3, 9–10"],
    [["12-13"], "pp. 12–13"],
    [[], null],
  ])("pages %j → %s", (pages, text) => expect(formatSourcePages(pages)).toBe(text));
  it("cites title, publisher and pages, never the file name", () => {
    const source = {
      file: "004_87f3a4273544f461.txt",
      title: "Interreg brochure on migration",
      publisher: "Interact",
      kind: "brochure",
    };
    expect(sourceCitation(source, ["P. 12", "P. 13"])).toBe("Interreg brochure on migration, Interact, pp. 12–13");
    expect(sourceCitation({ ...source, publisher: null })).toBe("Interreg brochure on migration");
    expect(sourceAnchor(source.file)).toBe("source-004");
  });
});

describe("map classes", () => {
  it("split 1…max into whole-number ranges that cover every count once", () => {
    const classes = mapClasses(9);
    expect(classes.map((c) => c.label)).toEqual(["1–2", "3–4", "5", "6–7", "8–9"]);
    for (let n = 1; n <= 9; n++) expect(classOf(n, classes)).not.toBeNull();
    expect(classOf(0, classes)).toBeNull();
  });
  it.each([1, 2, 3, 4, 5, 6, 30, 1000])("max %i gives increasing, distinct classes", (max) => {
    const classes = mapClasses(max);
    expect(classes[0].from).toBe(1);
    expect(classes.at(-1)!.to).toBe(max);
    classes.forEach((c, i) => i > 0 && expect(c.from).toBe(classes[i - 1].to + 1));
    expect(new Set(classes.map((c) => c.colour)).size).toBe(classes.length);
  });
  it("keep the lowest class clearly apart from the grey of 'no projects'", () => {
    const css = readFileSync("app/globals.css", "utf8");
    const none = /--color-map-none:\s*(#[0-9a-f]{6})/i.exec(css)![1];
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const max of [1, 3, 9, 30]) {
      const lowest = mapClasses(max)[0].colour;
      expect((luminance(none) + 0.05) / (luminance(lowest) + 0.05)).toBeGreaterThan(1.5);
    }
  });
});

describe("pagination", () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 10, [1, 2, 3, null, 10]],
    [6, 12, [1, null, 4, 5, 6, 7, 8, null, 12]],
  ])("page %i of %i shows %j", (page, count, shown) => expect(pageWindow(page, count)).toEqual(shown));
  it("always reaches the next and the last page", () => {
    for (let count = 1; count < 30; count++)
      for (let page = 1; page <= count; page++) {
        const shown = pageWindow(page, count);
        expect(shown).toContain(count);
        if (page < count) expect(shown).toContain(page + 1);
      }
  });
});

it("colours drawn without the stylesheet equal their design tokens", () => {
  const css = readFileSync("app/globals.css", "utf8");
  for (const [key, token] of Object.entries(BRAND_TOKENS)) {
    expect(css, token).toContain(`${token}: ${BRAND[key as keyof typeof BRAND]};`);
  }
  expect(readFileSync("app/icon.svg", "utf8")).toContain(`fill="${BRAND.brand}"`);
});
