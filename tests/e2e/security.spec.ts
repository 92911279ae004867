import { expect, test } from "./fixtures";
import { SITE_URL } from "./site";

declare global {
  interface Window {
    cspViolations: string[];
  }
}

const URLS = [
  "/",
  "/projects",
  "/projects?country=AT&q=refugees",
  "/projects/drim",
  "/countries",
  "/countries/si",
  "/programmes",
  "/programmes/interreg",
  "/organisations",
  "/organisations/university-of-vienna",
  "/about",
  "/data-dictionary",
  "/api",
  "/releases",
  "/releases/1",
  "/projects/no-such-project",
  "/api/v1/projects",
  "/api/v1/projects/arc",
  "/api/v1/countries",
  "/api/v1/openapi.json",
  "/api/v1/projects?page=0",
  "/api/v1/nope",
  "/projects.csv",
  "/projects.json",
  "/organisations.csv",
  "/participations.json",
  "/feed.xml",
  "/releases.atom",
  "/api/v1/releases",
  "/sitemap.xml",
  "/robots.txt",
  "/og/project/arc",
  "/de/feed.xml",
  "/ar/releases.atom",
  "/ar/og/project/arc",
  "/healthz",
];

function checkHeaders(url: string, h: Record<string, string>, problems: string[]) {
  const csp = h["content-security-policy"] ?? "";
  const script =
    csp
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src")) ?? "";
  if (!csp) problems.push(`${url}: no CSP`);
  if (/unsafe-inline|unsafe-eval/.test(script)) problems.push(`${url}: unsafe script-src`);
  for (const d of ["object-src 'none'", "base-uri", "frame-ancestors 'none'"])
    if (!csp.includes(d)) problems.push(`${url}: CSP lacks ${d}`);
  if (h["x-content-type-options"] !== "nosniff") problems.push(`${url}: no nosniff`);
  if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(h["referrer-policy"] ?? ""))
    problems.push(`${url}: referrer-policy`);
  if (!h["permissions-policy"]) problems.push(`${url}: no permissions-policy`);
  if (h["cross-origin-opener-policy"] !== "same-origin") problems.push(`${url}: COOP`);
  if (h["x-powered-by"]) problems.push(`${url}: x-powered-by`);
  const type = h["content-type"] ?? "";
  if (/^(text\/|application\/(json|xml|atom\+xml|javascript))/.test(type) && !/charset=utf-8/i.test(type))
    problems.push(`${url}: no charset in ${type}`);
}

test("every page type, the API, exports, feeds and static assets carry the security headers", async ({
  request,
  page,
}) => {
  const problems: string[] = [];
  for (const url of URLS) {
    const res = await request.get(url, { failOnStatusCode: false, maxRedirects: 0 });
    checkHeaders(url, res.headers(), problems);
  }
  await page.goto("/projects");
  const assets = await page.evaluate(() =>
    [...document.querySelectorAll("script[src], link[rel=stylesheet]")].map(
      (e) => e.getAttribute("src") ?? e.getAttribute("href")!,
    ),
  );
  expect(assets.length).toBeGreaterThan(1);
  for (const asset of assets) checkHeaders(asset, (await request.get(asset)).headers(), problems);
  expect(problems).toEqual([]);
});

test("two plain GETs return identical bytes and CSP, publicly cacheable, revalidated with 304; HSTS follows SITE_URL", async ({
  request,
}) => {
  for (const url of ["/projects/arc", "/projects", "/countries", "/projects?country=IT&q=migrants", "/releases/1"]) {
    const a = await request.get(url);
    const b = await request.get(url);
    expect(await a.body(), url).toEqual(await b.body());
    expect(a.headers()["content-security-policy"], url).toBe(b.headers()["content-security-policy"]);
    expect(a.headers()["content-security-policy"], url).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(a.headers()["cache-control"], url).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    const etag = b.headers()["etag"];
    expect(etag, url).toMatch(/^"[^"]+"$/);
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect((await again.body()).length).toBe(0);
  }
  // The e2e server's SITE_URL is https: every response says so, whatever the request's scheme or headers.
  const hsts = (await request.get("/projects/arc")).headers()["strict-transport-security"];
  expect(Number(hsts.match(/max-age=(\d+)/)![1])).toBeGreaterThanOrEqual(31_536_000);
});

test("one visitor's request id never reaches another visitor's page (the X-Request-Id poisoning)", async ({
  request,
}) => {
  const poisoned = await request.get("/programmes/interreg?page=1", { headers: { "X-Request-Id": "Integration" } });
  expect(poisoned.headers()["x-request-id"]).toBeUndefined();
  const next = await (await request.get("/programmes/interreg?page=1")).text();
  expect(next).toContain("Integration Atlas");
  expect(next).toContain("Economic Integration of Migrants");
  expect(next).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  const error = await request.get("/projects/no-such-project", { headers: { "X-Request-Id": "client-chosen-1234" } });
  expect(error.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(await error.text()).not.toContain("client-chosen-1234");
});

test("absolute URLs come from the configured origin, never from Host or X-Forwarded-Host", async ({ request }) => {
  const headers = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http", Forwarded: "host=evil.example" };
  const html = await (await request.get("/projects/arc", { headers })).text();
  expect(html).toContain(`<link rel="canonical" href="${SITE_URL}/projects/arc"/>`);
  expect(html).not.toContain("evil.example");
  for (const url of ["/sitemap.xml", "/feed.xml", "/robots.txt", "/api/v1/projects", "/api/v1/openapi.json"]) {
    const body = await (await request.get(url, { headers })).text();
    expect(body, url).toContain(SITE_URL);
    expect(body, url).not.toContain("evil.example");
  }
});

test("the pages work under the CSP without a single violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations: string[] = [];
  for (const path of [
    "/",
    "/projects",
    "/projects/drim",
    "/countries",
    "/organisations/university-of-vienna",
    "/about",
    "/api",
  ]) {
    await page.goto(path);
    violations.push(...(await page.evaluate(() => window.cspViolations)));
  }
  // Client-side behaviour still works: the filter form applies a change without a reload.
  await page.goto("/projects");
  await page.getByRole("checkbox", { name: /^Finland/ }).check();
  await expect(page).toHaveURL(/country=FI/);
  await page.getByRole("link", { name: /^WOHEALTH/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("WOHEALTH");
  violations.push(...(await page.evaluate(() => window.cspViolations)));
  expect(violations).toEqual([]);
});
