// Data releases: the list and a release's changelog at phone and desktop widths, with and without JavaScript; the
// project page's link to the release that last changed it; the Atom feed; the API. The e2e server seeds a fresh
// database, so there is exactly one release, listing every project as added.
import { SITE_URL } from "./site";
import { expect, expectNoAxeViolations, test } from "./fixtures";

for (const javaScriptEnabled of [true, false]) {
  for (const width of [360, 1280]) {
    test.describe(`${width} px, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled, viewport: { width, height: 800 } });

      test("/releases lists the first release and its page lists every project as added", async ({ page }) => {
        await page.goto("/releases");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data releases");
        const table = page.getByRole("table");
        await expect(table.getByRole("columnheader", { name: "Content hash" })).toBeAttached();
        const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: "Release 1" }) });
        await expect(row.getByRole("cell").nth(1)).toHaveText(/^[0-9a-f]{12}$/);
        if (javaScriptEnabled) await expectNoAxeViolations(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

        await page.getByRole("link", { name: "Release 1" }).click();
        await expect(page).toHaveURL(/\/releases\/1$/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data release 1");
        const projects = (await (await page.request.get("/api/v1/projects")).json()).total;
        await expect(page.getByRole("heading", { level: 2, name: `Projects added (${projects})` })).toBeVisible();
        await expect(page.locator("#arc").getByRole("link", { name: "ARC" })).toHaveAttribute("href", "/projects/arc");
        await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link")).toHaveText(
          "Data releases",
        );
        if (javaScriptEnabled) await expectNoAxeViolations(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    });
  }
}

test("a project page says when it last changed and links to that release's entry for it", async ({ page }) => {
  await page.goto("/projects/arc");
  const link = page.getByRole("link", { name: /^Last changed on \d{1,2} [A-Z][a-z]{2} \d{4}$/ });
  await expect(link).toHaveAttribute("href", "/releases/1#arc");
  await link.click();
  await expect(page.locator("#arc")).toContainText("ARC");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
  await expect(footer.getByRole("link", { name: /^Data release \d{1,2} [A-Z][a-z]{2} \d{4}$/ })).toHaveAttribute(
    "href",
    "/releases",
  );
});

test("an unknown or malformed release id is a 404", async ({ request }) => {
  for (const path of ["/releases/999", "/releases/abc", "/releases/01"])
    expect((await request.get(path)).status(), path).toBe(404);
});

test("/releases.atom is an Atom feed with one entry per release", async ({ page, request }) => {
  const res = await request.get("/releases.atom");
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  await page.goto("/releases");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      entries: entries.map((e) =>
        ["id", "title", "updated"].map((t) => e.getElementsByTagNameNS(ns, t)[0]?.textContent),
      ),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom");
  expect(feed.entries).toHaveLength(1);
  const [id, title, updated] = feed.entries[0];
  expect(id).toBe(`${SITE_URL}/releases/1`);
  expect(title).toMatch(/^Data release 1: \d+ added, 0 removed, 0 changed$/);
  expect(Number.isNaN(Date.parse(updated ?? ""))).toBe(false);
});

test("/api/v1/releases lists the first release; API meta and exports name the latest release", async ({ request }) => {
  const list = await (await request.get("/api/v1/releases")).json();
  expect(list.items.map((r: { id: number }) => r.id)).toEqual([1]);
  expect(list.items[0].html).toBe(`${SITE_URL}/releases/1`);
  expect(list.meta.licence).toEqual({ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
  expect(list.meta.release).toMatchObject({ id: 1, date: list.items[0].date });
  const projects = await (await request.get("/api/v1/projects")).json();
  expect(projects.meta.release.id).toBe(1);
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/releases", "/releases/{id}"]));
  const csv = await request.get("/projects.csv?country=AT");
  expect(csv.headers()["x-atlas-release"]).toBe(`1; date=${list.items[0].date}`);
  const json = await (await request.get("/projects.json?country=AT")).json();
  expect(json.meta.release.id).toBe(1);
});
