import { expect, test } from "./fixtures";
import { SITE_URL } from "./site";
import { expectNoAxeViolations, VARIANTS } from "./strict-axe";

const EMBEDS = [
  ["project", "/embed/projects/drim", "/projects/drim"],
  ["filtered list", "/embed/projects?country=AT&theme=health", "/projects?country=AT&theme=health"],
  ["map", "/embed/map", "/countries"],
] as const;

test("embeds may be framed by any site, every other page keeps frame-ancestors 'none' and X-Frame-Options DENY", async ({
  request,
}) => {
  for (const [, path] of EMBEDS) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const csp = res.headers()["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors *");
    expect(csp, path).not.toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"], path).toBeUndefined();
  }
  for (const path of [
    "/",
    "/projects",
    "/projects/drim",
    "/countries",
    "/compare?projects=drim,arc",
    "/projects.csv",
    "/api/v1/projects",
    "/embedded",
  ]) {
    const res = await request.get(path, { failOnStatusCode: false });
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }
});

test("another site can show an embed in an iframe, but not a full page", async ({ page, baseURL, pageErrors }) => {
  // A host page served by the test at an address our site does not have (Chromium refuses loopback frames inside a
  // page from another, route-fulfilled origin, so the host stays on this origin: 'none' still refuses it there).
  const host = `${baseURL}/frame-host-for-test`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Host</title><iframe name="embed" src="${baseURL}/embed/projects/drim"></iframe><iframe name="full" src="${baseURL}/projects/drim"></iframe>`,
    }),
  );
  await page.goto(host);
  const embed = page.frameLocator('iframe[name="embed"]');
  await expect(embed.getByRole("heading", { level: 1 })).toContainText("DRIM", { timeout: 20_000 });
  const full = page.frame({ name: "full" });
  await expect.poll(() => pageErrors.some((e) => /frame-ancestors/.test(e))).toBe(true);
  expect(await full?.evaluate(() => document.querySelector("h1")?.textContent ?? "").catch(() => "")).not.toContain(
    "DRIM",
  );
  // The refusal to frame the full page is the console error this test expects; anything else still fails it.
  expect(pageErrors.filter((e) => !/frame-ancestors|X-Frame-Options/.test(e))).toEqual([]);
  pageErrors.length = 0;
});

for (const { js, width } of VARIANTS) {
  test.describe(`${width}px, JavaScript ${js ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: js, viewport: { width, height: 900 } });

    for (const [name, path, full] of EMBEDS) {
      test(`${name} embed has no site chrome, links back to the full page and cites its source; axe finds nothing`, async ({
        page,
      }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
        await expect(page.getByRole("link", { name: /on Integration Atlas$/ })).toHaveAttribute(
          "href",
          `${SITE_URL}${full}`,
        );
        await expect(
          page.getByText(
            new RegExp(`^Source: Integration Atlas, \\d{4}-\\d{2}-\\d{2}, ${SITE_URL.replace(/\./g, "\\.")}`),
          ),
        ).toBeVisible();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width + 1);
        await expectNoAxeViolations(page, js);
      });
    }

    test("the Embed control on a project page gives the iframe code of its embed", async ({ page }) => {
      await page.goto("/projects/drim");
      await page.getByText("Embed", { exact: true }).click();
      const code = page.getByLabel("Copy this code into your web page:");
      await expect(code).toBeVisible();
      await expect(code).toHaveValue(new RegExp(`<iframe src="${SITE_URL}/embed/projects/drim"`));
    });

    test("the Embed control on /projects embeds the same filtered list", async ({ page }) => {
      await page.goto("/projects?theme=health&country=AT");
      await page.getByText("Embed", { exact: true }).click();
      await expect(page.getByLabel("Copy this code into your web page:")).toHaveValue(
        new RegExp(`src="${SITE_URL}/embed/projects\\?country=AT&theme=health"`),
      );
    });
  });
}
