import { axe, expect, test } from "./fixtures";
import { expectNoAxeViolations, VARIANTS } from "./strict-axe";

const PAGES = [
  ["projects", "/projects"],
  ["filtered projects", "/projects?country=AT"],
  ["country", "/countries/si"],
  ["programme", "/programmes/interreg"],
] as const;

// The chart is one component: each page is checked in one of the four variants (width × JavaScript), in turn.
for (const [i, { js, width }] of VARIANTS.entries()) {
  test.describe(`${width}px, JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width, height: 900 } });

    const [name, path] = PAGES[i % PAGES.length];
    test(`${name} page shows "Projects by start year" as a described chart with the figures behind a toggle`, async ({
      page,
    }) => {
      await page.goto(path);
      const section = page.getByRole("region", { name: "Projects by start year" });
      await expect(section).toBeVisible();
      await expect(section.getByRole("img")).toHaveAccessibleName(
        /^(Projects by start year, \d{4} to \d{4}|No project in this view)/,
      );
      await section.getByText("Show the figures").click();
      const table = section.getByRole("table");
      await expect(table).toBeVisible();
      await expect(table.getByRole("columnheader", { name: "Start year" })).toBeVisible();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width + 1);
    });

    // At 360 px, with and without JavaScript.
    if (width === 360)
      test("the chart follows the filters: its table adds up to the number of results", async ({ page }) => {
        await page.goto("/projects?country=AT");
        const total = Number((await page.getByRole("status").locator("strong").first().textContent()) ?? "NaN");
        const section = page.getByRole("region", { name: "Projects by start year" });
        await section.getByText("Show the figures").click();
        const counts = await section.getByRole("table").locator("tbody tr td:nth-child(2)").allTextContents();
        expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(total);
      });
  });
}

for (const width of [360, 1280]) {
  test(`the start-year section passes axe with every tag at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/countries/at");
    await page.getByText("Show the figures").click();
    const results = await axe(page).include('section[aria-labelledby="start-years"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the new templates pass axe with every tag: compare without items", async ({ page }) => {
  await page.goto("/compare");
  await expect(page.getByText("Choose 2 to 4 projects to compare them side by side.")).toBeVisible();
  await expectNoAxeViolations(page);
});
