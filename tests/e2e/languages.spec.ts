import { readFileSync } from "node:fs";
import { LOCALES } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";
import { expect, test } from "./fixtures";
import { SITE_URL } from "./site";

test.describe.configure({ mode: "parallel" });

test("/de/projects is German with hreflang alternates for every language and a German canonical", async ({ page }) => {
  const response = await page.goto("/de/projects?country=AT");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE_URL}/de/projects?country=AT`);
  for (const l of LOCALES) {
    const prefix = l === "en" ? "" : `/${l}`;
    await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`)).toHaveAttribute(
      "href",
      `${SITE_URL}${prefix}/projects?country=AT`,
    );
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    "href",
    `${SITE_URL}/projects?country=AT`,
  );
  await expect(page.getByRole("navigation", { name: MESSAGES.de.Nav.label, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: MESSAGES.de.Nav.countries, exact: true })).toHaveAttribute(
    "href",
    "/de/countries",
  );
});

test("English stays at today's addresses: /en/… redirects there, and an unknown language prefix is a 404", async ({
  request,
}) => {
  const en = await request.get("/en/projects?country=AT", { maxRedirects: 0 });
  expect(en.status()).toBeGreaterThanOrEqual(300);
  expect(en.status()).toBeLessThan(400);
  expect(new URL(en.headers()["location"], SITE_URL).pathname).toBe("/projects");
  expect((await request.get("/xx/projects")).status()).toBe(404);
  expect((await request.get("/de/no-such-page")).status()).toBe(404);
  // Files and data are the same in every language and keep their addresses.
  expect((await request.get("/projects.csv")).status()).toBe(200);
});

test("the page is the same for every visitor: Accept-Language changes nothing", async ({ request }) => {
  const plain = await request.get("/projects?country=AT", { headers: { "Accept-Language": "en" } });
  const german = await request.get("/projects?country=AT", { headers: { "Accept-Language": "de-DE,de;q=0.9" } });
  expect(german.status()).toBe(200);
  expect(german.headers()["set-cookie"]).toBeUndefined();
  expect(await german.text()).toBe(await plain.text());
});

for (const js of [true, false]) {
  test(`the language switcher keeps the filters and the page (JavaScript ${js ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto("/projects?country=AT&sort=name");
    await page.locator("summary").filter({ hasText: "English" }).click();
    await page.getByRole("link", { name: "Deutsch" }).click();
    await expect(page).toHaveURL(/\/de\/projects\?country=AT&sort=name$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.locator("summary").filter({ hasText: "Deutsch" }).click();
    const arabic = page.getByRole("link", { name: "العربية" });
    await expect(arabic).toHaveAttribute("hreflang", "ar");
    await expect(arabic).toHaveAttribute("lang", "ar");
    await arabic.click();
    await expect(page).toHaveURL(/\/ar\/projects\?country=AT&sort=name$/);
    await context.close();
  });
}

test("Arabic pages run right to left: the site name sits on the right, the navigation after it to the left", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/ar/projects");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const home = await page.getByRole("link", { name: MESSAGES.ar.Site.name }).first().boundingBox();
  const nav = await page.getByRole("navigation", { name: MESSAGES.ar.Nav.label, exact: true }).boundingBox();
  expect(home!.x).toBeGreaterThan(640);
  expect(nav!.x + nav!.width).toBeLessThan(home!.x);
});

test("a German project page shows the editors' translation, says so, and links to the English original", async ({
  page,
}) => {
  const translation = JSON.parse(readFileSync("content/translations/de.json", "utf8")).projects.arc;
  await page.goto("/de/projects/arc");
  // Titles are facts: as printed. Our own text: in German.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Active Refugees in the Community");
  await expect(page.getByText(translation.summary)).toBeVisible();
  await expect(page.getByText(MESSAGES.de.Language.translatedNote)).toBeVisible();
  const original = page.getByRole("link", { name: MESSAGES.de.Language.englishOriginal });
  await expect(original).toHaveAttribute("href", "/projects/arc");
  await expect(original).toHaveAttribute("hreflang", "en");
  await expect(page.getByRole("heading", { name: MESSAGES.de.Project.sections.objectives })).toBeVisible();
  await expect(page.getByText(translation.objectives[0])).toBeVisible();
});

test('the editors\' data-quality notes stay in English on a German page, marked lang="en" and said so', async ({
  page,
}) => {
  const [flag] = JSON.parse(readFileSync("content/projects/drim.json", "utf8")).flags;
  for (const path of ["/de/projects/drim", "/de/about"]) {
    await page.goto(path);
    await expect(page.getByText(MESSAGES.de.Project.flags.inEnglish), path).toBeVisible();
    await expect(page.getByText(flag.note, { exact: true }), path).toHaveAttribute("lang", "en");
    await expect(page.getByText(flag.reading, { exact: true }).first(), path).toHaveAttribute("lang", "en");
  }
  // In English nothing is marked: the page's own language.
  await page.goto("/projects/drim");
  await expect(page.getByText(flag.note, { exact: true })).not.toHaveAttribute("lang", /./);
  await expect(page.getByText(MESSAGES.en.Project.flags.inEnglish)).toHaveCount(0);
});

test("the citation is the same English text on every language's page, marked as English", async ({ page }) => {
  const citation = async (path: string) => {
    await page.goto(path);
    const block = page.locator(`section[aria-labelledby="cite"] p[lang]`);
    await expect(block).toHaveAttribute("lang", "en");
    return block.innerText();
  };
  const english = await citation("/projects/drim");
  expect(english).toContain("DRIM: Danube Region Information Platform");
  // The Arabic page names the programme in Arabic elsewhere; its citation still names it in English.
  expect(await citation("/ar/projects/drim")).toBe(english);
  expect(await citation("/de/projects/drim")).toBe(english);
});

test("searching the German finder for Flüchtlinge finds the refugee projects, as refugees does in English", async ({
  page,
  request,
}) => {
  const english = await (await request.get("/api/v1/projects?q=refugees")).json();
  const german = await (await request.get("/api/v1/projects?q=Fl%C3%BCchtlinge&lang=de")).json();
  expect(english.total).toBeGreaterThan(0);
  expect(german.total).toBe(english.total);
  await page.goto("/de/projects?q=Fl%C3%BCchtlinge");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  // Every match fits on the first page: one card each.
  expect(english.total).toBeLessThanOrEqual(20);
  await expect(page.locator("article")).toHaveCount(english.total);
});
