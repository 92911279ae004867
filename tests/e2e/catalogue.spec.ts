import { expect, test } from "./fixtures";

const resultCount = async (page: import("@playwright/test").Page) =>
  Number(
    (
      await page
        .getByRole("status")
        .filter({ hasText: /projects?$|project ·|projects ·/ })
        .first()
        .locator("strong")
        .innerText()
    ).replace(/,/g, ""),
  );

test("home shows the catalogue's figures and searches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Integration Atlas" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search projects" }).fill("ostergotland");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/projects\?q=ostergotland/);
  await expect(page.getByRole("link", { name: /WOHEALTH/ })).toBeVisible();
});

test("filters by two countries and a programme, a budget range, sorts, pages, and a shared URL gives the same page", async ({
  page,
}) => {
  await page.goto("/projects");
  const all = await resultCount(page);
  expect(all).toBe(22);
  await page.getByRole("checkbox", { name: /^Austria/ }).check();
  await expect(page).toHaveURL(/country=AT/);
  await page.getByRole("checkbox", { name: /^Slovenia/ }).check();
  await expect(page).toHaveURL(/country=AT.*country=SI|country=AT,SI/);
  const twoCountries = await resultCount(page);
  expect(twoCountries).toBeGreaterThan(0);
  expect(twoCountries).toBeLessThan(all);
  await page
    .getByRole("checkbox", { name: /^Interreg\b/ })
    .first()
    .check();
  await expect(page).toHaveURL(/programme=interreg/);

  await page.getByLabel("From €").fill("1000000");
  await page.getByLabel("To €").fill("3000000");
  await page.getByRole("button", { name: /^Show \d+ projects?$/ }).click();
  await expect(page).toHaveURL(/min=1000000/);
  await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Budget from € 1,000,000");
  const filtered = await resultCount(page);
  expect(filtered).toBeGreaterThan(0);

  await page
    .getByRole("navigation", { name: "Sort results" })
    .getByRole("link", { name: "Total budget, highest first" })
    .click();
  await expect(page).toHaveURL(/sort=budget-desc/);
  const budgets = await page.locator("article dd").filter({ hasText: "€" }).allInnerTexts();
  const totals = budgets.filter((_, i) => i % 2 === 0).map((b) => Number(b.replace(/[^0-9]/g, "")));
  expect(totals).toEqual([...totals].sort((a, b) => b - a));

  const url = page.url();
  const titles = await page.locator("article h3").allInnerTexts();
  await page.goto(url);
  expect(await page.locator("article h3").allInnerTexts()).toEqual(titles);
});

test("pages through the catalogue with a stable order", async ({ page }) => {
  await page.goto("/projects?sort=budget-desc");
  const first = await page.locator("article h3").allInnerTexts();
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  const second = await page.locator("article h3").allInnerTexts();
  expect(first.length + second.length).toBe(22);
  expect(new Set([...first, ...second]).size).toBe(22);
});

test("an accent-free search finds accented text and highlights matches", async ({ page }) => {
  await page.goto("/projects?q=ljubljana");
  await expect(page.getByRole("link", { name: /Urban Diversity/ })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await page.goto("/projects?q=integraton");
  await expect(page.getByText("Did you mean")).toBeVisible();
});

test("opens a project, follows a partner to its organisation and a country to its page", async ({ page }) => {
  await page.goto("/projects");
  await page.getByRole("link", { name: /^DRIM/ }).click();
  // The first client navigation of a fresh server renders the route for the first time: allow it that.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DRIM", { timeout: 30_000 });
  await expect(page.getByText("€ 1,522,169").first()).toBeVisible();
  await expect(page.getByText("€ 1,293,843").first()).toBeVisible();
  await page
    .getByRole("table")
    .getByRole("link", { name: /Research Centre of the Slovenian Academy/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Research Centre of the Slovenian Academy of Sciences and Arts",
  );
  await expect(
    page.getByRole("link", { name: "URBAN DIVERSITY" }).or(page.getByRole("link", { name: "Urban Diversity" })),
  ).toBeVisible();
  await page.getByRole("link", { name: "Slovenia" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Slovenia");
});

test("an invalid filter value is dropped with a notice, not an error", async ({ page }) => {
  const response = await page.goto("/projects?country=ZZ&page=-3&sort=%3Cscript%3E");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/Ignored country “ZZ”/)).toBeVisible();
  expect(await resultCount(page)).toBe(22);
});

test("an unknown project is a useful 404", async ({ page }) => {
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the filter form still works as a plain GET form", async ({ page }) => {
    await page.goto("/projects");
    await page.getByText("Show all 29 countries").click();
    await page.getByRole("checkbox", { name: /^Latvia/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/country=LV/);
    await expect(page.getByRole("group", { name: "Active filters" })).toContainText("Latvia");
    expect(await page.locator("article h3").count()).toBeGreaterThan(0);
  });
});
