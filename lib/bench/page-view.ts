// What one page view costs the server: a real browser (Debian's Chromium) opens the page with an empty cache, waits
// until the network is quiet (prefetches included), and counts the requests that reached the server for a render
// (documents, React Server Component payloads, API and other dynamic URLs — not build assets), with their server
// time (request sent → first byte).
import { chromium } from "@playwright/test";

export type PageViewCost = { path: string; renders: number; rscRequests: number; serverMs: number };

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function pageViewCosts(base: string, paths: string[]): Promise<PageViewCost[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const costs: PageViewCost[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const dynamic: { url: string; rsc: boolean; ms: number }[] = [];
      page.on("requestfinished", (request) => {
        const url = new URL(request.url());
        if (
          url.origin !== new URL(base).origin ||
          url.pathname.startsWith("/_next/static/") ||
          /\.(ico|png|svg|css|js|woff2?)$/.test(url.pathname)
        )
          return;
        const t = request.timing();
        dynamic.push({
          url: url.pathname + url.search,
          rsc: Boolean(request.headers()["rsc"]) || url.searchParams.has("_rsc"),
          ms: Math.max(0, t.responseStart - t.requestStart),
        });
      });
      await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
      // Prefetches start when links come into view and the browser is idle: give them the time a reader would.
      await page.waitForTimeout(1_500);
      await page.waitForLoadState("networkidle");
      costs.push({
        path,
        renders: dynamic.length,
        rscRequests: dynamic.filter((d) => d.rsc).length,
        serverMs: Math.round(dynamic.reduce((s, d) => s + d.ms, 0)),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return costs;
}
