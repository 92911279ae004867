// Every hostile URL gets a sensible answer: a page that says what was ignored, a 400 (API), a 404 (unknown record),
// a redirect to the canonical address or a 405 — never a 500, a stack trace, SQL, or the payload reflected raw.
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "./fixtures";

const XSS = "<script>alert(1)</script>";
const LONG = "x".repeat(10_000);
type Case = [url: string, statuses: number[], method?: string];

const CASES: Case[] = [
  // Repeated and array-style parameters
  ["/projects?page=1&page=2", [200]],
  ["/projects?page[]=1", [200]],
  ["/projects?country[]=AT&country[]=SI", [200]],
  ["/projects?country=AT&country=AT&country=at", [200]],
  ["/projects?sort=name&sort=budget-desc", [200]],
  ["/api/v1/projects?page=1&page=2", [400]],
  ["/api/v1/projects?country[]=AT", [400]],
  // Huge numbers, NaN, Infinity, negative and fractional pages
  ["/projects?page=99999999999999999999", [200]],
  ["/projects?page=NaN", [200]],
  ["/projects?page=Infinity", [200]],
  ["/projects?page=-1", [200]],
  ["/projects?page=1.5", [200]],
  ["/projects?page=1e3", [200]],
  ["/projects?page=10000", [200]],
  ["/projects?min=1e309&max=-0", [200]],
  ["/projects?min=99999999999999999999999", [200]],
  ["/projects?from=0000&to=99999", [200]],
  ["/api/v1/projects?page=-1", [400]],
  ["/api/v1/projects?page=Infinity", [400]],
  ["/api/v1/projects?min=NaN", [400]],
  // 10,000-character values
  [`/projects?q=${LONG}`, [200]],
  [`/projects?country=${LONG}`, [200]],
  [`/projects/${LONG}`, [404]],
  [`/api/v1/projects?q=${LONG}`, [400]],
  [`/organisations?q=${LONG}`, [200]],
  // Null bytes and invalid UTF-8 percent-encodings
  ["/projects?q=%00", [200]],
  ["/projects?q=a%00b", [200]],
  ["/projects/a%00b", [404]],
  ["/projects?q=%FF%FE", [200]],
  ["/projects?q=%E0%A4%A", [200]],
  ["/projects/%FF", [400]],
  ["/organisations/%C3%28", [400]],
  ["/api/v1/projects/%FF", [400]],
  // Mixed scripts and emoji
  ["/projects?q=%F0%9F%8E%89%20refugees", [200]],
  [
    "/projects?q=%D0%9A%D0%B8%D1%80%D0%B8%D0%BB%D0%BB%D0%B8%D1%86%D0%B0%20%CE%B5%CE%BB%CE%BB%CE%B7%CE%BD%CE%B9%CE%BA%CE%AC%20%E6%BC%A2%E5%AD%97",
    [200],
  ],
  ["/organisations?q=%F0%9F%A6%84", [200]],
  ["/projects/%F0%9F%8E%89", [404]],
  // SQL payloads
  ["/projects?q=%27%3B%20DROP%20TABLE%20project%3B%20--", [200]],
  ["/projects?q=1%27%20OR%20%271%27%3D%271", [200]],
  ["/projects?sort=name%3B%20DELETE%20FROM%20project", [200]],
  ["/projects?country=AT%27%20OR%201%3D1--", [200]],
  ["/organisations?q=%25%27%20OR%201%3D1--", [200]],
  ["/api/v1/projects?q=%27%29%20OR%201%3D1--", [200]],
  ["/projects/arc%27%20OR%20%271%27%3D%271", [404]],
  // HTML/JS payloads
  [`/projects?q=${encodeURIComponent(XSS)}`, [200]],
  [`/projects?theme=${encodeURIComponent(XSS)}`, [200]],
  [`/projects?${encodeURIComponent(XSS)}=1`, [200]],
  [`/organisations?country=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`, [200]],
  [`/feed.xml?q=${encodeURIComponent("]]><x>")}`, [200]],
  [`/og/projects?q=${encodeURIComponent(XSS)}`, [200]],
  [`/projects.csv?q=${encodeURIComponent(XSS)}`, [200]],
  // Path traversal and encoded slashes in slugs
  ["/projects/..%2F..%2Fetc%2Fpasswd", [404]],
  ["/projects/%2e%2e%2fetc%2fpasswd", [404]],
  ["/organisations/..%252F..%252F", [404]],
  ["/programmes/interreg%2F..%2Famif", [404]],
  ["/sitemaps/..%2F..%2Fetc%2Fpasswd.xml", [404]],
  ["/og/project/..%2Farc", [404]],
  ["/countries/..%2Fsi", [404]],
  // Uppercase and trailing-slash variants
  ["/projects/ARC", [308]],
  ["/Projects", [404]],
  ["/projects/arc/", [308]],
  ["/countries/SI", [308]],
  ["/countries/si/", [308]],
  ["/api/v1/projects/", [308]],
  // Unknown records and endpoints
  ["/countries/zz", [404]],
  ["/countries/slovenia", [404]],
  ["/programmes/nope", [404]],
  ["/embed/projects/nope", [404]],
  ["/embed/projects/arc%27%20OR%20%271%27%3D%271", [404]],
  ["/embed/projects/..%2F..%2Fetc%2Fpasswd", [404]],
  ["/api/v1/nope", [404]],
  ["/api/v1/projects/nope", [404]],
  ["/releases/1%27%20OR%20%271%27%3D%271", [404]],
  ["/releases/99999999999", [404]],
  ["/releases/-1", [404]],
  ["/api/v1/releases/1.5", [404]],
  ["/api/v1/releases?x=1", [400]],
  ["/projects.csv?columns=slug,%3Cscript%3E", [400]],
  // Pages in another language: an unknown or hostile language prefix is a 404; the same hostile input under a
  // language prefix gets the same answers as in English.
  ["/xx", [404]],
  ["/xx/about", [404]],
  [`/${encodeURIComponent(XSS)}/projects`, [404]],
  ["/de/nope/nope", [404]],
  [`/de/accessibility?${encodeURIComponent(XSS)}=1`, [200]],
  ["/fr/api?x=%00", [200]],
  [`/it/compare?projects=${encodeURIComponent(XSS)}`, [200]],
  ["/uk/countries?page=NaN", [200]],
  ["/ar/countries/..%2Fsi", [404]],
  ["/de/countries/SI", [308]],
  [`/de/data-dictionary?q=${LONG}`, [200]],
  ["/fr/embed/map?x=%FF%FE", [200]],
  [`/de/embed/projects?q=${encodeURIComponent(XSS)}`, [200]],
  ["/ar/embed/projects/nope", [404]],
  [`/de/feed.xml?q=${encodeURIComponent("]]><x>")}`, [200]],
  [`/ar/releases.atom?x=${encodeURIComponent(XSS)}`, [200]],
  ["/de/og/project/..%2Farc", [404]],
  ["/uk/og/compare?projects=drim,arc", [200]],
  [`/ar/og/projects?q=${encodeURIComponent(XSS)}`, [200]],
  ["/de/organisations/nope", [404]],
  [`/fr/organisations?q=${LONG}`, [200]],
  ["/it/programmes?page=-1", [200]],
  ["/de/programmes/interreg%2F..%2Famif", [404]],
  [`/de/projects?q=${encodeURIComponent(XSS)}&page=Infinity`, [200]],
  ["/de/projects/ARC", [308]],
  ["/ar/projects/arc%27%20OR%20%271%27%3D%271", [404]],
  ["/de/releases?x=1", [200]],
  ["/uk/releases/99999999999", [404]],
  ["/de?q=%00", [200]],
  // Unsupported methods
  ["/projects", [405], "POST"],
  ["/projects/arc", [405], "PUT"],
  ["/api/v1/projects", [405], "DELETE"],
  ["/projects.csv", [405], "PATCH"],
];

test("every route with a path parameter has hostile cases", () => {
  // Route folders from app/ (page.tsx or route.ts), with [param] segments as wildcards: a new route without a case fails.
  const routes: string[] = [];
  const walk = (dir: string, url: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${url}/${entry.name}`);
      else if (/^(page\.tsx|route\.tsx?)$/.test(entry.name) && url.includes("[")) routes.push(url);
    }
  };
  walk("app", "");
  expect(routes.length).toBeGreaterThan(0);
  const uncovered = routes.filter((route) => {
    const wild = route
      .replace(/\[\.\.\.\w+\]/g, "@REST@")
      .replace(/\[\w+\]/g, "@ONE@")
      .replace(/\./g, "\\.");
    const pattern = new RegExp(`^${wild.replace(/@REST@/g, ".+").replace(/@ONE@/g, "[^/?]+")}(?:[/?]|$)`);
    return !CASES.some(([url]) => pattern.test(url));
  });
  expect(uncovered).toEqual([]);
});

test(`${CASES.length} hostile URLs get sensible answers`, async ({ request }) => {
  const failures: string[] = [];
  for (const [url, statuses, method = "GET"] of CASES) {
    const res = await request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false });
    const body = await res.text();
    const label = `${method} ${url.slice(0, 80)}`;
    if (!statuses.includes(res.status())) failures.push(`${label}: status ${res.status()}`);
    if (/\n\s+at [\w.<>]+ \(|node_modules|PrismaClient|SELECT .* FROM|syntax error at/.test(body))
      failures.push(`${label}: leaks internals`);
    if (body.includes(XSS) || body.includes("<img src=x onerror"))
      failures.push(`${label}: reflects the payload unescaped`);
  }
  expect(failures).toEqual([]);
});

test("pages that ignored input say so", async ({ page }) => {
  await page.goto(`/projects?page=-1&country=${encodeURIComponent(XSS)}`);
  await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText("Ignored page “-1”");
  await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText(
    "<script>alert(1)</script>",
  );
});

test("oversized headers are refused with 431, and the server keeps serving", async ({ baseURL }) => {
  const url = new URL("/projects", baseURL);
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, headers: { Cookie: `a=${"b".repeat(40_000)}` } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    req.end();
  });
  expect([400, 431]).toContain(status);
  const again = await fetch(url);
  expect(again.status).toBe(200);
});
