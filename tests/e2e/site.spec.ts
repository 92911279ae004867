// Site-wide promises: link previews for every page kind, robots.txt, every organisation reachable through real page
// links, the current section marked, no prefetch storm, counted suggestions, and the main journeys with and without
// JavaScript at phone and desktop width.
import { SCREENSHOT_TEMPLATES } from "../../scripts/screenshot-templates";
import { expect, test } from "./fixtures";
import { SITE_URL } from "./site";

const local = (url: string) => url.replace(SITE_URL, "");

test("every page template has an og:image that answers 200 with a PNG", async ({ page, request }) => {
  test.setTimeout(180_000);
  for (const { name, path } of SCREENSHOT_TEMPLATES) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(image, name).toMatch(new RegExp(`^${SITE_URL}/og/`));
    const png = await request.get(local(image!));
    expect(png.status(), `${name}: ${image}`).toBe(200);
    expect(png.headers()["content-type"], name).toBe("image/png");
  }
});

test("robots.txt lets crawlers fetch link previews under /og/", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /og/");
  expect(robots).not.toMatch(/Disallow: \/og/);
});

test("following the page links of /organisations reaches every organisation once, in reading order", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const total = (await (await request.get("/api/v1/organisations")).json()).total;
  const names: string[] = [];
  const hrefs = new Set<string>();
  await page.goto("/organisations");
  for (let pages = 0; pages < 50; pages++) {
    const links = page.getByRole("table").getByRole("rowheader").getByRole("link");
    names.push(...(await links.allInnerTexts()));
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) hrefs.add(href!);
    const next = page.getByRole("navigation", { name: "Organisation pages" }).getByRole("link", { name: /Next/ });
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(
      page.getByRole("navigation", { name: "Organisation pages" }).locator('[aria-current="page"]'),
    ).toHaveText(`Page ${pages + 2}`);
  }
  expect(total).toBeGreaterThan(100);
  expect(hrefs.size).toBe(total);
  expect(names).toHaveLength(total);
  // Alphabetical as a reader expects: case and accents ignored.
  const collator = new Intl.Collator("en", { sensitivity: "base" });
  const outOfOrder = names.filter((n, i) => i > 0 && collator.compare(names[i - 1], n) > 0);
  expect(outOfOrder).toEqual([]);
  expect(names.indexOf("Administrative District of Burggrafenamt/Burgraviato")).toBeLessThan(names.indexOf("ARhus"));
});

test("the main navigation marks the current section with aria-current", async ({ page }) => {
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [path, section] of [
    ["/countries/it", "Countries"],
    ["/projects/arc", "Projects"],
    ["/organisations", "Organisations"],
    ["/about", "About the data"],
  ]) {
    await page.goto(path);
    await expect(nav.locator('[aria-current="page"]'), path).toHaveText(section);
  }
  await page.goto("/");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
});

test("the home page prefetches at most the main navigation", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"] || /[?&]_rsc=/.test(r.url())) prefetches.push(r.url());
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState("networkidle");
  expect(prefetches.length, prefetches.join("\n")).toBeLessThanOrEqual(6);
});

test("suggested catalogue links say how many projects they lead to, and none leads to zero", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const { items } = await (await request.get("/api/v1/programmes")).json();
  for (const p of items as { slug: string }[]) {
    await page.goto(`/programmes/${p.slug}`);
    const links = page.getByRole("main").locator('a[href^="/projects?"]');
    for (const text of await links.allInnerTexts()) expect(text, p.slug).toMatch(/[1-9]\d*/);
  }
  for (const code of ["it", "hr", "cy"]) {
    await page.goto(`/countries/${code}`);
    for (const link of await page.getByRole("main").locator('a[href^="/projects?"]').all()) {
      const count = Number((await link.innerText()).match(/\d+/)?.[0]);
      expect(count, code).toBeGreaterThan(0);
      const href = await link.getAttribute("href");
      if (/page=/.test(href!)) continue;
      await page.goto(href!);
      expect(
        await page
          .getByRole("status")
          .filter({ hasText: /projects?/ })
          .first()
          .innerText(),
      ).toContain(String(count));
      await page.goto(`/countries/${code}`);
    }
  }
});

test("pages name sources by title and pages, never by file name, and link to the document's own section", async ({
  page,
}) => {
  await page.goto("/projects/arc");
  const source = page.getByRole("region", { name: "Source" });
  await expect(source).toContainText("pp. 6–7");
  await expect(page.getByRole("main")).not.toContainText(/\d{3}_[0-9a-f]{16}\.txt/);
  const href = await source.getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/about#source-/);
  await page.goto(href!);
  await expect(page.locator(`#${href!.split("#")[1]}`)).toContainText("ARC");
  await page.goto("/projects/drim");
  await expect(page.getByRole("region", { name: "Data-quality notes" })).not.toContainText(/\w\[\d+\]|\.\w+[A-Z]\w+/);
  await page.goto("/data-dictionary");
  await expect(page.getByRole("main")).not.toContainText("content/");
});

test("the footer carries the licence, the date of the last seed and the accessibility statement", async ({ page }) => {
  await page.goto("/countries");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
  await expect(footer).toContainText(/Data last updated \d{1,2} [A-Z][a-z]{2} \d{4}/);
  await footer.getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expect(page.getByRole("heading", { name: "Known issues" })).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  for (const width of [360, 1280]) {
    test.describe(`${width} px, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled, viewport: { width, height: 800 } });
      test("from home, find projects in Croatia and open one", async ({ page }) => {
        await page.goto("/");
        await page.getByRole("link", { name: /^Croatia \d+ projects?$/ }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Croatia");
        const projects = page.getByRole("region", { name: "Projects" });
        const first = projects.getByRole("heading", { level: 3 }).first().getByRole("link");
        const name = await first.innerText();
        await first.click();
        await expect(page.getByRole("heading", { level: 1 })).toContainText(name.split(" — ")[0]);
        await expect(page.getByRole("region", { name: "Area" }).getByRole("link", { name: "Croatia" })).toBeVisible();
      });
      test("share a project: the record's address is visible and can be selected", async ({ page }) => {
        await page.goto("/projects/arc");
        const field = page.getByRole("textbox", { name: "Link to this record" });
        await expect(field).toBeVisible();
        await expect(field).toHaveValue(`${SITE_URL}/projects/arc`);
        await expect(field).toHaveAttribute("readonly", "");
        await expect(page.getByRole("button", { name: "Share" })).toHaveCount(javaScriptEnabled ? 1 : 0);
        const box = await field.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      });
    });
  }
}
