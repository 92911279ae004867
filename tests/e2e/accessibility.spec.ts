import { expect, expectAccessible, test } from "./fixtures";

const TEMPLATES = [
  ["home", "/"],
  ["projects", "/projects"],
  ["projects filtered", "/projects?country=AT&q=refugees"],
  ["project", "/projects/drim"],
  ["countries", "/countries"],
  ["country", "/countries/si"],
  ["programmes", "/programmes"],
  ["programme", "/programmes/interreg"],
  ["organisations", "/organisations"],
  ["organisation", "/organisations/research-centre-of-the-slovenian-academy-of-sciences-and-arts"],
  ["about", "/about"],
  ["not found", "/projects/nope"],
] as const;

for (const [name, path] of TEMPLATES) {
  test(`${name} has one h1, landmarks, and no serious axe violation`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(name === "not found" ? 404 : 200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectAccessible(page);
  });
}

test("screenshots of each template at phone and desktop width, without sideways scrolling on phones", async ({ page }) => {
  test.setTimeout(120_000);
  const overflowing: string[] = [];
  for (const [name, path] of TEMPLATES) {
    for (const [label, width] of [["phone", 360], ["desktop", 1280]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // a rendered page, not a blank or error shell
      const shot = await page.screenshot({ fullPage: true, path: `tests/e2e/screenshots/${name.replace(/ /g, "-")}-${label}.png` });
      // A PNG's IHDR holds its size: the whole page at this width, at least one screen tall.
      expect({ name, label, width: shot.readUInt32BE(16) }).toEqual({ name, label, width: Math.max(width, await page.evaluate(() => document.documentElement.scrollWidth)) });
      expect(shot.readUInt32BE(20)).toBeGreaterThanOrEqual(900);
      // No horizontal scrolling at phone width.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (label === "phone" && scrollWidth > width + 1) overflowing.push(`${name}: ${scrollWidth}px`);
    }
  }
  expect(overflowing).toEqual([]);
});
