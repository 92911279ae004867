// Nothing moves when JavaScript arrives. The page's scripts are held back while the server's HTML is laid out, every
// visible element's position is recorded, then the scripts run and hydrate the page: the same elements must be in
// the same places. A control that only works with JavaScript keeps its room from the first paint (invisible until
// then), so a click aimed while the page loads lands where it was aimed (CI once clicked "Austria" just as the
// type-ahead boxes appeared and pushed the list 117 px down).
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";

const PAGES = ["/", "/projects", "/projects?country=AT&sort=budget-desc", "/projects/drim", "/countries/si"];

/** Visible elements a person reads or clicks, with their position in the document. */
const POSITIONS = `(() => {
  const els = [...document.querySelectorAll("body a, body button, body input, body summary, body h1, body h2, body h3, body li, body p, body th, body td")]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden");
  window.__tracked = els;
  return els.length;
})()`;

const MOVED = `(() => window.__tracked.flatMap((el) => {
  const name = el.nodeName.toLowerCase() + (el.id ? "#" + el.id : "") + " «" + (el.textContent || el.value || "").trim().slice(0, 40) + "»";
  if (!el.isConnected) return [name + " was replaced"];
  const r = el.getBoundingClientRect();
  const [x, y] = el.__before;
  return Math.abs(r.left + scrollX - x) > 1 || Math.abs(r.top + scrollY - y) > 1
    ? [name + " moved from " + Math.round(x) + "," + Math.round(y) + " to " + Math.round(r.left + scrollX) + "," + Math.round(r.top + scrollY)]
    : [];
}))()`;

const RECORD = `window.__tracked.forEach((el) => { const r = el.getBoundingClientRect(); el.__before = [r.left + scrollX, r.top + scrollY]; })`;

/** True once React has hydrated the page's last element (React marks each node it adopts). */
const HYDRATED = `(() => { const last = document.querySelector("footer a:last-of-type") || document.body.lastElementChild;
  return Boolean(last) && Object.keys(last).some((k) => k.startsWith("__reactFiber")); })()`;

async function heldUntilRecorded(page: Page, path: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  await page.goto(path, { waitUntil: "domcontentloaded" });
  expect(await page.evaluate(HYDRATED), "hydrated before its scripts arrived").toBe(false);
  expect(await page.evaluate(POSITIONS)).toBeGreaterThan(10);
  await page.evaluate(RECORD);
  release();
  // Polled from outside: the CSP forbids evaluating strings in the page (waitForFunction).
  await expect.poll(() => page.evaluate(HYDRATED), { timeout: 20_000 }).toBe(true);
  // Islands that differ once hydrated (useSyncExternalStore's client value) re-render just after hydration.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(200);
  return (await page.evaluate(MOVED)) as string[];
}

for (const width of [360, 1280]) {
  test(`at ${width} px, hydration moves nothing on home, the finder, a project and a country`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const moved: string[] = [];
    for (const path of PAGES) {
      const here = await heldUntilRecorded(page, path);
      if (here.length)
        moved.push(`${path}: ${here.slice(0, 3).join("; ")}${here.length > 3 ? ` and ${here.length - 3} more` : ""}`);
      await page.unrouteAll({ behavior: "wait" });
    }
    expect(moved).toEqual([]);
  });
}
