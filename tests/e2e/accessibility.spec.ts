import { SCREENSHOT_TEMPLATES } from "../../scripts/screenshot-templates";
import type { Locale } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { localisedPath } from "../../lib/i18n/paths";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Independent page checks: spread over both workers rather than run one after another in one.
test.describe.configure({ mode: "parallel" });

// Every page template (the screenshot list) plus a filtered finder view and a project with data-quality notes.
const TEMPLATES: { name: string; path: string }[] = [
  ...SCREENSHOT_TEMPLATES,
  { name: "projects filtered", path: "/projects?country=AT&q=refugees" },
  { name: "project with notes", path: "/projects/drim" },
];

// Each template with axe in English on a desktop and in German on a phone (long words; also the phone layout of every
// template). Arabic on a desktop (right to left) has English's layout mirrored: every template gets the structural
// checks, axe the templates with charts, maps, chips, tables and translated records. French, Italian and Ukrainian
// share those layouts: their messages are checked by tests/unit/messages.test.ts, and a few templates per language below.
const RUNS: { locale: Locale; width: number; axe?: Set<string> }[] = [
  { locale: "en", width: 1280 },
  { locale: "de", width: 360 },
  {
    locale: "ar",
    width: 1280,
    axe: new Set(["home", "projects filtered", "project with notes", "country", "organisations", "data-dictionary"]),
  },
];

// A message next-intl could not find is rendered as its key ("Namespace.key").
const RAW_KEY = new RegExp(`\\b(?:${Object.keys(MESSAGES.en).join("|")})\\.[a-z][A-Za-z.]*\\b`);

for (const { locale, width, axe } of RUNS) {
  test.describe(`${locale} at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    const m = MESSAGES[locale];
    for (const { name, path } of TEMPLATES) {
      // The 404 page is the same template in every language: scanned in English.
      const scan = (axe?.has(name) ?? true) && (locale === "en" || name !== "not-found");
      test(`${name}: one h1, no skipped heading level, landmarks, a skip link,${scan ? " no axe finding," : ""} no missing message, no sideways scrolling`, async ({
        page,
      }) => {
        // axe's full rule set on a 100-row table takes a while on a busy two-core machine.
        test.setTimeout(90_000);
        const response = await page.goto(localisedPath(locale, path));
        expect(response?.status()).toBe(name === "not-found" ? 404 : 200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expect(page.getByRole("main")).toHaveCount(1);
        await expect(page.getByRole("navigation", { name: m.Nav.label, exact: true })).toBeVisible();
        await expect(page.getByRole("link", { name: m.Site.skipToContent })).toHaveAttribute("href", "#main");
        const levels = await page.evaluate(() =>
          [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1])),
        );
        const jumps = levels.flatMap((level, i) =>
          i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : [],
        );
        expect(jumps, "heading levels").toEqual([]);
        expect(levels[0]).toBe(1);
        expect((await page.locator("body").innerText()).match(RAW_KEY)?.[0], "missing message").toBeUndefined();
        if (scan) await expectNoAxeViolations(page);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, "page width").toBeLessThanOrEqual(width);
      });
    }
  });
}

// The other width of German and Arabic: every template renders, with no missing message and no sideways scrolling.
for (const { locale, width } of [
  { locale: "de", width: 1280 },
  { locale: "ar", width: 360 },
] as const) {
  test(`${locale} at ${width} px: every template has its language, one h1, no missing message, no sideways scrolling`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    for (const { name, path } of TEMPLATES) {
      expect((await page.goto(localisedPath(locale, path)))?.status(), path).toBe(name === "not-found" ? 404 : 200);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      expect((await page.locator("body").innerText()).match(RAW_KEY)?.[0], `${path}: missing message`).toBeUndefined();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}: page width`,
      ).toBeLessThanOrEqual(width);
    }
  });
}

for (const locale of ["fr", "it", "uk"] as const) {
  test(`${locale} at 360 px: the finder, a project, a country and the about page have their language, no missing message and no sideways scrolling`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const path of ["/projects?country=AT&q=refugees", "/projects/drim", "/countries/it", "/about"]) {
      expect((await page.goto(localisedPath(locale, path)))?.status(), path).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      expect((await page.locator("body").innerText()).match(RAW_KEY)?.[0], `${path}: missing message`).toBeUndefined();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${path}: page width`,
      ).toBeLessThanOrEqual(360);
    }
  });
}

/** WCAG relative luminance of a CSS rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? [])
    .slice(0, 3)
    .map((v) => Number(v) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const path of ["/", "/projects/arc", "/organisations"]) {
  test(`the focus indicator on ${path} is at least 2 px and 3:1 against the page behind it`, async ({ page }) => {
    await page.goto(path);
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        // The colour behind the outline: the nearest ancestor with a background (outline-offset puts it outside).
        let bg = "rgb(255, 255, 255)";
        for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
          const c = getComputedStyle(n).backgroundColor;
          if (c && c !== "rgba(0, 0, 0, 0)" && c !== "transparent") {
            bg = c;
            break;
          }
        }
        return {
          label: (el.textContent ?? el.getAttribute("aria-label") ?? el.tagName).trim().slice(0, 30),
          width: parseFloat(style.outlineWidth),
          styleName: style.outlineStyle,
          colour: style.outlineColor,
          bg,
        };
      });
      seen.push(focus.label);
      expect(focus.styleName, focus.label).not.toBe("none");
      expect(focus.width, focus.label).toBeGreaterThanOrEqual(2);
      const [a, b] = [luminance(focus.colour), luminance(focus.bg)].sort((x, y) => y - x);
      expect((a + 0.05) / (b + 0.05), `${focus.label}: ${focus.colour} on ${focus.bg}`).toBeGreaterThanOrEqual(3);
    }
    expect(seen[0]).toBe("Skip to content");
  });
}
