// The finder (/projects) as a new user meets it: on a phone (360 px) and a desktop (1280 px), by keyboard, and
// without JavaScript. Filters at hand, every option reachable, the results a few Tab presses away, searches that say
// how they were read, and no axe finding of any kind.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Independent page checks: spread over both workers rather than run one after another in one.
test.describe.configure({ mode: "parallel" });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const WIDTHS = [
  ["phone", PHONE],
  ["desktop", DESKTOP],
] as const;

const countOf = async (page: Page) =>
  Number(
    (
      await page
        .getByRole("status")
        .filter({ hasText: /projects?( ·|$)/ })
        .first()
        .locator("strong")
        .innerText()
    ).replace(/,/g, ""),
  );

/** On phones the filter panel is a disclosure: open it (a no-op on desktop, where it is always open). */
async function openFilters(page: Page) {
  const toggle = page.locator("summary", { hasText: /^Filters/ });
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.getByRole("heading", { name: "Filter projects" })).toBeVisible();
}

for (const [label, viewport] of WIDTHS) {
  test.describe(`at ${label} width`, () => {
    test.use({ viewport });

    // The unfiltered finder is in tests/e2e/accessibility.spec.ts (English, German at 360 px, Arabic); searched and
    // empty views share the desktop layout of the filtered one, so they are scanned on phones only.
    for (const [name, path] of [
      ["filtered", "/projects?country=IT&theme=labour-market&min=100000"],
      ...(label === "phone"
        ? ([
            ["searched", "/projects?q=roma"],
            ["empty", "/projects?country=LV&q=greenhouse"],
          ] as const)
        : []),
    ] as const) {
      test(`axe finds nothing on /projects ${name}`, async ({ page }) => {
        test.setTimeout(90_000); // a full scan of a long page, with every rule
        await page.goto(path);
        // One scan with the filters and a long list open: the closed page is a part of it.
        await openFilters(page);
        await page
          .getByRole("group", { name: "Country" })
          .getByText(/^Show all \d+ countries$/)
          .click();
        await expectNoAxeViolations(page);
      });
    }

    test("no option list is clipped: the first options show, a Show all control reveals every country", async ({
      page,
    }) => {
      await page.goto("/projects");
      await openFilters(page);
      const countries = page.getByRole("group", { name: "Country" });
      await expect(countries.getByRole("checkbox", { includeHidden: true })).toHaveCount(29);
      // Nothing in the panel scrolls inside itself: every list is as tall as its options.
      const clipped = await page
        .locator("#filters ul")
        .evaluateAll(
          (lists) =>
            lists.filter(
              (l) =>
                l.scrollHeight > l.clientHeight + 1 ||
                ["auto", "scroll", "hidden"].includes(getComputedStyle(l).overflowY),
            ).length,
        );
      expect(clipped).toBe(0);
      const visible = await countries
        .locator("input[type=checkbox]")
        .evaluateAll((boxes) => boxes.filter((b) => b.checkVisibility()).length);
      expect(visible).toBeGreaterThanOrEqual(8);
      expect(visible).toBeLessThan(29);
      await countries.getByText("Show all 29 countries").click();
      await expect(countries.getByRole("checkbox")).toHaveCount(29);
      for (const box of await countries.getByRole("checkbox").all()) await expect(box).toBeVisible();
      for (const facet of ["Theme", "Target group"]) {
        const group = page.getByRole("group", { name: facet });
        await group.getByText(/^Show all \d+ /).click();
        expect(await group.getByRole("checkbox").count()).toBe(
          await group.getByRole("checkbox", { includeHidden: true }).count(),
        );
        for (const box of await group.getByRole("checkbox").all()) await expect(box).toBeVisible();
      }
    });

    test("a selected option is always in sight, without opening Show all", async ({ page }) => {
      await page.goto("/projects?country=LV");
      await openFilters(page);
      await expect(page.getByRole("checkbox", { name: /^Latvia/ })).toBeVisible();
      await expect(page.getByRole("checkbox", { name: /^Latvia/ })).toBeChecked();
    });

    test("the first result is reached within 5 Tab presses from page load", async ({ page }) => {
      await page.goto("/projects");
      const first = page.locator("article h3 a").first();
      let presses = 0;
      while (presses < 5 && !(await first.evaluate((a) => a === document.activeElement))) {
        await page.keyboard.press("Tab");
        presses++;
        const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
        if (/^Skip to/.test(text)) await page.keyboard.press("Enter");
      }
      await expect(first).toBeFocused();
    });

    test("the skip link moves focus to the results heading", async ({ page }) => {
      await page.goto("/projects");
      const skip = page.getByRole("link", { name: "Skip to results" });
      await skip.focus();
      await expect(skip).toBeVisible();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 2, name: /^Results/ })).toBeFocused();
    });

    test("headings go h1 → h2 → h3 without gaps", async ({ page }) => {
      await page.goto("/projects?q=refugees");
      const levels = await page
        .locator("main")
        .locator("h1, h2, h3, h4, h5, h6")
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
    });

    test("search results mark the matched words in the title or a snippet", async ({ page }) => {
      await page.goto("/projects?q=refugees");
      const marks = page.locator("article mark");
      await expect(marks.first()).toBeVisible();
      for (const text of await marks.allInnerTexts()) expect(text.toLowerCase()).toMatch(/^refugee/);
    });

    test("a word no project has is searched as the start of words, and the page says which words", async ({ page }) => {
      await page.goto("/projects?q=roma");
      await expect(page.getByTestId("search-explanation")).toContainText(
        "No project mentions “roma”. Showing words that start with “roma”: romania",
      );
      await expect(page.getByTestId("search-explanation")).toContainText("emilia-romagna");
      expect(await countOf(page)).toBeGreaterThan(0);
      await page.goto("/projects?q=refugees");
      await expect(page.getByTestId("search-explanation")).toHaveCount(0);
    });

    test("no sideways scrolling", async ({ page }) => {
      for (const path of [
        "/projects",
        "/projects?q=roma",
        "/projects?country=IT&country=AT&min=1.5m",
        "/projects?country=LV&q=greenhouse",
      ]) {
        await page.goto(path);
        await openFilters(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
          viewport.width,
        );
      }
    });

    test("result and filter links do not prefetch the pages behind them", async ({ page }) => {
      const prefetched: string[] = [];
      page.on("request", (r) => {
        const url = new URL(r.url());
        if (url.pathname !== "/projects" && url.pathname.startsWith("/projects") && r.resourceType() !== "document")
          prefetched.push(url.pathname);
        if (url.pathname === "/projects" && url.search !== "" && r.resourceType() !== "document")
          prefetched.push(url.pathname + url.search);
      });
      await page.goto("/projects", { waitUntil: "networkidle" });
      await page.locator("article h3 a").first().hover();
      await page.waitForLoadState("networkidle");
      expect(prefetched).toEqual([]);
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the Filters control is in the first screen and opens the filter panel, which returns to the results", async ({
    page,
  }) => {
    await page.goto("/projects");
    const toggle = page.locator("summary", { hasText: /^Filters/ });
    await expect(toggle).toBeInViewport();
    const box = (await toggle.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    await expect(page.getByRole("heading", { name: "Filter projects" })).toBeHidden();
    await toggle.click();
    await expect(page.getByRole("heading", { name: "Filter projects" })).toBeVisible();
    await page.getByRole("checkbox", { name: /^Slovenia/ }).check();
    await expect(page).toHaveURL(/country=SI/);
    const show = page.getByRole("button", { name: /^Show \d+ projects?$/ });
    await expect(show).toHaveText(`Show ${await countOf(page)} projects`);
    await show.click();
    await expect(page.getByRole("heading", { level: 2, name: /^Results/ })).toBeFocused();
    await expect(page.getByRole("heading", { name: "Filter projects" })).toBeHidden();
    await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Slovenia");
  });

  test("checkboxes, chips and list links are at least 24 by 24 px", async ({ page }) => {
    await page.goto("/projects?country=SI&q=refugees");
    await openFilters(page);
    const small = await page
      .locator("#filters input[type=checkbox], [aria-label='Active filters'] a, nav[aria-label='Sort results'] a")
      .evaluateAll(
        (els) =>
          els
            .filter((e) => e.checkVisibility())
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width < 24 || r.height < 24).length,
      );
    expect(small).toBe(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [label, viewport] of WIDTHS) {
    test(`at ${label} width: budgets over €1 M in an Interreg programme, then export that view`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/projects");
      await openFilters(page);
      await page
        .getByRole("checkbox", { name: /^Interreg\b/ })
        .first()
        .check();
      await page.getByLabel("From €").fill("€1 M");
      await page.getByRole("button", { name: "Apply filters" }).click();
      // The form sends the amount as typed; the page says what it understood, and every link it builds is canonical.
      await expect(page).toHaveURL(/programme=interreg.*#results$/);
      await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Budget from € 1,000,000");
      const count = await countOf(page);
      expect(count).toBeGreaterThan(0);
      const budgets = await page.locator("article dd").filter({ hasText: "€" }).allInnerTexts();
      const totals = budgets.filter((_, i) => i % 2 === 0).map((b) => Number(b.replace(/[^0-9]/g, "")));
      for (const t of totals) expect(t).toBeGreaterThanOrEqual(1_000_000);

      await page.getByText(/^Download or follow these/).click();
      const csv = page.getByRole("link", { name: "CSV (spreadsheet)" });
      const href = (await csv.getAttribute("href"))!;
      expect(href).toContain("programme=interreg");
      expect(href).toContain("min=1000000");
      const body = await (await page.request.get(href)).text();
      expect(body.trim().split("\n").length - 1).toBe(count);
    });
  }

  test("ticking a country hidden under Show all works as a plain GET form", async ({ page }) => {
    await page.goto("/projects");
    await page.getByText("Show all 29 countries").click();
    await page.getByRole("checkbox", { name: /^Latvia/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=LV/);
    await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Latvia");
  });

  test("an amount it cannot read is dropped with a notice, and a readable one is said back", async ({ page }) => {
    await page.goto("/projects?min=lots&max=1.5m");
    await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText(
      "Ignored the budget from “lots”: not an amount in euros",
    );
    await expect(page.getByText("Budget up to € 1,500,000.")).toBeVisible();
  });

  test("an empty result offers only ways out that lead somewhere, with their counts", async ({ page }) => {
    await page.goto("/projects?country=LV&q=greenhouse");
    expect(await countOf(page)).toBe(0);
    const ways = page.getByRole("link", { name: /^Remove: .* \(\d+ projects?\)$/ });
    expect(await ways.count()).toBeGreaterThan(0);
    for (const text of await ways.allInnerTexts()) expect(text).not.toMatch(/\(0 projects\)/);
  });
});
