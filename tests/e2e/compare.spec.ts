import { expect, test } from "./fixtures";
import { SITE_URL } from "./site";
import { expectNoAxeViolations, VARIANTS } from "./strict-axe";

test("the comparison has a CSV export with one row per project", async ({ request }) => {
  const res = await request.get("/compare.csv?projects=drim,arc");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await res.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^slug,name,Programme,Period,Total budget/);
  expect(lines[1]).toMatch(/^drim,/);
  expect(lines[2]).toMatch(/^arc,/);
});

test("a comparison has its own 1200×630 preview image", async ({ page, request }) => {
  await page.goto("/compare?projects=drim,arc");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toBe(`${SITE_URL}/og/compare?projects=drim,arc`);
  const png = await request.get(og!.replace(SITE_URL, ""));
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

for (const { js, width } of VARIANTS) {
  test.describe(`${width}px, JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width, height: 900 } });

    test("comparing two projects links to both and marks the rows that differ; axe finds nothing", async ({ page }) => {
      await page.goto("/compare?projects=drim,arc");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare projects");
      const table = page.getByRole("table");
      await expect(table.getByRole("link", { name: /^DRIM/ })).toHaveAttribute("href", "/projects/drim");
      await expect(table.getByRole("link", { name: /^ARC/ })).toHaveAttribute("href", "/projects/arc");
      await expect(table.getByRole("row", { name: /Total budget/ })).toContainText("differs");
      await expect(page.getByRole("link", { name: "Download this comparison as CSV" })).toHaveAttribute(
        "href",
        "/compare.csv?projects=drim,arc",
      );
      await expectNoAxeViolations(page, js);
    });

    test("unknown, duplicate and too many projects are explained, and what can be shown is shown", async ({ page }) => {
      await page.goto("/compare?projects=drim,drim,nope,arc,fem,begin,regi");
      const status = page.getByRole("status");
      await expect(status).toContainText("Listed “drim” once");
      await expect(status).toContainText("Compared the first 4 of 6");
      await expect(status).toContainText("No project “nope” in the catalogue");
      await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
      await expectNoAxeViolations(page, js);
    });

    test("one project asks for another, and the add form builds the comparison without JavaScript", async ({
      page,
    }) => {
      await page.goto("/projects/drim");
      await page.getByRole("link", { name: "Add to comparison" }).click();
      await expect(page).toHaveURL(/\/compare\?projects=drim$/);
      await expect(page.getByText("Add 1 to 3 more projects to compare with DRIM")).toBeVisible();
      await page.getByLabel("Add a project").selectOption("arc");
      await page.getByRole("button", { name: "Add to comparison" }).click();
      await expect(page.getByRole("table").getByRole("link", { name: /^ARC/ })).toBeVisible();
      await expect(page.getByRole("table").getByRole("link", { name: /^DRIM/ })).toBeVisible();
      await expectNoAxeViolations(page, js);
    });

    test("countries are compared with the catalogue's figures", async ({ page }) => {
      await page.goto("/compare?countries=AT,it");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare countries");
      await expect(page.getByRole("table").getByRole("link", { name: "Austria", exact: true })).toHaveAttribute(
        "href",
        "/countries/at",
      );
      await expect(page.getByRole("table").getByRole("link", { name: "Italy", exact: true })).toBeVisible();
      await expect(page.getByRole("row", { name: /Projects working in the country/ })).toBeVisible();
      await expectNoAxeViolations(page, js);
    });
  });
}
