// A short soak in CI (the 100,000-project soak is `npm run soak`): mixed traffic over every page type and the API
// at 50 connections must give no errors and no status other than 200.
import autocannon from "autocannon";
import { expect, test } from "./fixtures";

test("10 s of mixed traffic at 50 connections: no errors, no unexpected status", async ({ request, baseURL }) => {
  test.setTimeout(60_000);
  const projects: string[] = [];
  for (const n of [1, 2]) projects.push(...(await (await request.get(`/api/v1/projects?page=${n}`)).json()).items.map((p: { slug: string }) => p.slug));
  const organisations: string[] = (await (await request.get("/api/v1/organisations")).json()).items.map((o: { slug: string }) => o.slug);
  const countries: string[] = (await (await request.get("/api/v1/countries")).json()).items.map((c: { code: string }) => c.code);
  const paths = ["/", "/projects", "/countries", "/programmes", "/organisations", "/about", "/api/v1/programmes", "/sitemap.xml", "/feed.xml"];
  projects.forEach((slug, i) => {
    const c = countries[i % countries.length];
    paths.push(`/projects/${slug}`, `/api/v1/projects/${slug}`, `/countries/${c.toLowerCase()}`, `/projects?country=${c}&sort=budget-desc`, `/projects?q=${slug.split("-")[0]}`, `/projects.csv?country=${c}`);
  });
  organisations.slice(0, 40).forEach((slug) => paths.push(`/organisations/${slug}`));
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url: baseURL!,
    connections: 50,
    duration: 10,
    timeout: 10,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
    setupClient: (client) => client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1)),
  });
  expect(result.errors + result.timeouts).toBe(0);
  expect(Object.fromEntries(statuses)).toEqual({ 200: result.requests.total });
  expect(result.requests.total).toBeGreaterThan(500);
});
