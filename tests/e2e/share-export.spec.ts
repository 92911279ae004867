import { createHash } from "node:crypto";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { z } from "zod";
import { formatBytes } from "../../lib/format/bytes";
import { SITE_URL } from "./site";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const local = (url: string) => url.replace(SITE_URL, "");

const PAGES = [
  [
    "project",
    "/projects/drim",
    "DRIM — Danube Region Information Platform for Economic Integration of Migrants",
    "/og/project/drim",
  ],
  ["country", "/countries/si", "Projects in Slovenia", "/og/country/si"],
  ["programme", "/programmes/amif", "Asylum, Migration and Integration Fund", "/og/programme/amif"],
  [
    "organisation",
    "/organisations/university-of-west-bohemia",
    "University of West Bohemia",
    "/og/organisation/university-of-west-bohemia",
  ],
  [
    "filtered projects",
    "/projects?theme=health&country=FI",
    "Projects: Finland · Health",
    "/og/projects?country=FI&theme=health",
  ],
] as const;

for (const [kind, path, title, image] of PAGES) {
  test(`${kind} page has title, description, canonical, OpenGraph and Twitter tags, and a 1200×630 PNG preview`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(`${title} · Integration Atlas`);
    const meta = (sel: string) => page.locator(sel).first().getAttribute("content");
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(30);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toBe(`${SITE_URL}${kind === "filtered projects" ? "/projects?country=FI&theme=health" : path}`);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:title"]')).toBe(title);
    expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
    const og = await meta('meta[property="og:image"]');
    expect(og).toBe(`${SITE_URL}${image}`);
    const png = await request.get(local(og!));
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test("canonical URLs put filters in one order and omit defaults", async ({ page }) => {
  await page.goto("/projects?sort=name&page=1&theme=health&country=SE,FI&role=any");
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(
    `${SITE_URL}/projects?country=FI,SE&theme=health`,
  );
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
});

const ProjectLd = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("Project"),
  name: z.string(),
  alternateName: z.string(),
  url: z.string().startsWith(SITE_URL),
  funder: z.object({ "@type": z.literal("Organization"), name: z.string() }),
  funding: z.object({
    "@type": z.literal("MonetaryGrant"),
    amount: z.object({ currency: z.literal("EUR"), value: z.number().int() }),
  }),
  member: z.array(
    z.object({
      "@type": z.literal("OrganizationRole"),
      roleName: z.string(),
      member: z.object({ "@type": z.literal("Organization"), name: z.string() }),
    }),
  ),
  areaServed: z.array(z.object({ "@type": z.literal("Country"), identifier: z.string().length(2) })),
  subjectOf: z.array(z.object({ "@type": z.literal("Event"), name: z.string(), startDate: z.string() })),
});

test("project pages carry valid schema.org JSON-LD with funder, amount, partners and events", async ({ page }) => {
  await page.goto("/projects/drim");
  const drim = ProjectLd.parse(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!));
  expect(drim.funding.amount.value).toBe(1293843);
  expect(drim.member).toHaveLength(18);
  expect(drim.member[0].roleName).toBe("lead");
  await page.goto("/projects/european-cities-for-intercultural-dialogue");
  const raw = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const events = z
    .array(z.object({ "@type": z.literal("Event"), startDate: z.string(), eventAttendanceMode: z.string() }))
    .parse(raw.subjectOf);
  expect(events[0].eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
  await page.goto("/organisations/university-of-west-bohemia");
  const org = z
    .object({
      "@type": z.literal("Organization"),
      name: z.string(),
      memberOf: z.array(z.object({ roleName: z.string() })),
    })
    .parse(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!));
  expect(org.memberOf).toHaveLength(2);
});

test("sitemap.xml lists every page, on the configured origin; robots.txt points at it", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  const index = await (await request.get("/sitemap.xml")).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const urls: string[] = [];
  for (const part of parts) {
    expect(part.startsWith(`${SITE_URL}/sitemaps/`)).toBe(true);
    urls.push(
      ...[...(await (await request.get(local(part))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]),
    );
  }
  const projects = (await (await request.get("/api/v1/projects?page=1")).json()).total;
  expect(urls.filter((u) => u.startsWith(`${SITE_URL}/projects/`))).toHaveLength(projects);
  const organisations = (await (await request.get("/api/v1/organisations")).json()).total;
  expect(urls.filter((u) => u.startsWith(`${SITE_URL}/organisations/`))).toHaveLength(organisations);
  for (const path of [
    "/",
    "/projects",
    "/countries",
    "/programmes",
    "/organisations",
    "/about",
    "/countries/si",
    "/programmes/interreg",
    "/projects/arc",
  ]) {
    expect(urls).toContain(`${SITE_URL}${path}`);
  }
});

test("sitemap lists every page in every language, each with hreflang alternates for all six and x-default", async ({
  request,
}) => {
  const index = await (await request.get("/sitemap.xml")).text();
  const pages = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).find((u) => u.endsWith("/pages.xml"))!;
  const xml = await (await request.get(local(pages))).text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]);
  const entry = (loc: string) => entries.find((e) => e.includes(`<loc>${SITE_URL}${loc}</loc>`));
  for (const loc of ["/projects", "/de/projects", "/ar/projects", "/uk", "/"]) {
    const links = Object.fromEntries(
      [...entry(loc)!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    const path = loc.replace(/^\/(de|ar|uk)(?=\/|$)/, "") || "/";
    const prefixed = (l: string) => (l === "en" ? `${SITE_URL}${path}` : `${SITE_URL}/${l}${path === "/" ? "" : path}`);
    expect(links, loc).toEqual({
      en: prefixed("en"),
      de: prefixed("de"),
      fr: prefixed("fr"),
      it: prefixed("it"),
      uk: prefixed("uk"),
      ar: prefixed("ar"),
      "x-default": prefixed("en"),
    });
  }
});

test("each language has its own Atom feed: German titles, links and xml:lang; the page points at it", async ({
  page,
  request,
}) => {
  const res = await request.get("/de/feed.xml?country=HR&theme=labour-market");
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">');
  expect(xml).toContain("<title>Integration Atlas: neue Projekte – Kroatien");
  expect(xml).toContain(`${SITE_URL}/de/feed.xml?country=HR&amp;theme=labour-market`);
  const english = await (await request.get("/feed.xml?country=HR&theme=labour-market")).text();
  expect([...xml.matchAll(/<entry>/g)]).toHaveLength([...english.matchAll(/<entry>/g)].length);
  expect(english).not.toContain("xml:lang");
  for (const [, href] of xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"/g))
    expect(href.startsWith(`${SITE_URL}/de/projects`)).toBe(true);
  await page.goto("/de/projects?country=HR");
  expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe(
    `${SITE_URL}/de/feed.xml?country=HR`,
  );
  const releases = await (await request.get("/ar/releases.atom")).text();
  expect(releases).toContain('xml:lang="ar"');
  expect(releases).toContain("<title>Integration Atlas: إصدارات البيانات</title>");
  expect((await request.get("/xx/feed.xml")).status()).toBe(404);
});

test("preview images come in the page's language; English keeps today's addresses", async ({ page, request }) => {
  await page.goto("/ar/projects/drim");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toBe(`${SITE_URL}/ar/og/project/drim`);
  for (const url of [
    local(og!),
    "/de/og/page/home",
    "/uk/og/projects?country=FI",
    "/fr/og/compare?projects=drim,arc",
  ]) {
    const png = await request.get(url);
    expect(png.status(), url).toBe(200);
    expect(png.headers()["content-type"], url).toBe("image/png");
  }
  // The same card in two languages differs (translated labels), and /en/… is English at today's address.
  const [en, de] = await Promise.all(
    ["/og/page/about", "/de/og/page/about"].map(async (u) => (await request.get(u)).body()),
  );
  expect(en.equals(de)).toBe(false);
  const redirect = await request.get("/en/og/page/about", { maxRedirects: 0 });
  expect(redirect.status()).toBeGreaterThanOrEqual(300);
  expect(redirect.headers()["location"]).toMatch(/\/og\/page\/about$/);
  expect((await request.get("/de/og/project/no-such-project")).status()).toBe(404);
});

test("CSV and JSON exports of a filtered view hold exactly the projects the pages show, in the same order", async ({
  page,
  request,
}) => {
  const view = "/projects?programme=interreg&sort=budget-desc";
  const shown: string[] = [];
  for (let n = 1; ; n++) {
    await page.goto(`${view}&page=${n}`);
    const hrefs = await page
      .locator("article h3 a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.replace("/projects/", "")));
    shown.push(...hrefs);
    if (!(await page.getByRole("link", { name: "Next →" }).count())) break;
  }
  expect(shown.length).toBe(18);
  const csv = await request.get(`/projects.csv?programme=interreg&sort=budget-desc`);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0].split(",")[0]).toBe("slug");
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
  const json = await (await request.get(`/projects.json?programme=interreg&sort=budget-desc`)).json();
  expect(json.projects.map((p: { slug: string }) => p.slug)).toEqual(shown);
  expect(json.count).toBe(shown.length);
});

test("the CSV export lets the person choose columns, and rejects unknown ones", async ({ request }) => {
  const csv = await (await request.get("/projects.csv?country=CY&columns=title,total_budget_eur")).text();
  expect(
    csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n"),
  ).toEqual([
    "title,total_budget_eur",
    "Emergency response and refugee reception capacity in Greece and Cyprus,3450466",
  ]);
  const bad = await request.get("/projects.csv?columns=slug,password");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.details).toEqual(["password"]);
});

test("whole-catalogue files are listed with size and SHA-256, served as files, and match the export made on request", async ({
  page,
  request,
}) => {
  // The files are made in the export pool after the server starts: wait until the downloads list shows them.
  await expect(async () => {
    await page.goto("/data-dictionary");
    await expect(page.getByRole("table", { name: /Whole catalogue downloads/ }).getByRole("row")).toHaveCount(7, {
      timeout: 500,
    });
  }).toPass({ timeout: 20_000 });
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "integration-atlas-projects.csv" }) });
  const stated = (await row.locator("code").innerText()).trim();
  // The table of files passes axe too (the accessibility spec may see the page before the files exist).
  await expectNoAxeViolations(page);
  expect(stated).toMatch(/^[0-9a-f]{64}$/);

  const file = await request.get("/projects.csv");
  expect(file.headers()["x-cache"]).toBe("bulk");
  const fileBytes = await file.body();
  const madeOnRequest = await request.get("/projects.csv?");
  const onRequest = await madeOnRequest.body();
  // Both say which data release they were made from.
  expect(file.headers()["x-atlas-release"]).toMatch(/^1; date=/);
  expect(file.headers()["x-atlas-release"]).toBe(madeOnRequest.headers()["x-atlas-release"]);
  const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
  expect(sha(fileBytes)).toBe(stated);
  expect(sha(onRequest)).toBe(stated);
  await expect(row).toContainText(formatBytes(fileBytes.length));
});

test("an Atom feed follows any filtered view", async ({ request }) => {
  const res = await request.get("/feed.xml?country=HR&theme=labour-market");
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  const api = await (await request.get("/api/v1/projects?country=HR&theme=labour-market")).json();
  expect([...xml.matchAll(/<entry>/g)]).toHaveLength(api.total);
  expect(xml).toContain(`${SITE_URL}/feed.xml?country=HR&amp;theme=labour-market`);
});

test("every API response matches the OpenAPI document, errors included", async ({ request }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const [name, schema] of Object.entries(doc.components.schemas))
    ajv.addSchema(schema as object, `#/components/schemas/${name}`);
  const check = async (path: string, schema: string, status = 200) => {
    const res = await request.get(path);
    expect(res.status(), path).toBe(status);
    expect(res.headers()["cache-control"], path).toMatch(status === 200 ? /s-maxage=\d+/ : /no-store/);
    const validate = ajv.getSchema(`#/components/schemas/${schema}`)!;
    const ok = validate(await res.json());
    expect(validate.errors ?? [], path).toEqual([]);
    expect(ok).toBe(true);
  };
  await check("/api/v1/projects", "ProjectList");
  await check("/api/v1/projects?country=AT,SI&programme=interreg&q=refugees&sort=relevance", "ProjectList");
  await check("/api/v1/projects/drim", "ProjectDetail");
  await check("/api/v1/projects/european-cities-for-intercultural-dialogue", "ProjectDetail");
  await check("/api/v1/countries", "CountryList");
  await check("/api/v1/programmes", "ProgrammeList");
  await check("/api/v1/organisations?country=SI", "OrganisationList");
  await check("/api/v1/releases", "ReleaseList");
  await check("/api/v1/releases/1", "ReleaseDetail");
  await check("/api/v1/releases/0", "Error", 404);
  await check("/api/v1/projects?page=0", "Error", 400);
  await check("/api/v1/projects/nope", "Error", 404);
  for (const path of Object.keys(doc.paths))
    expect(path).toMatch(/^\/(projects|countries|programmes|organisations|releases)/);
});

test("share button copies the link and says so to screen readers; cite and report links are prefilled", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/projects/arc");
  await page.evaluate(() => Object.defineProperty(navigator, "share", { value: undefined }));
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_URL}/projects/arc`);
  await expect(page.getByRole("region", { name: "Cite this record" })).toContainText(
    "ARC: Active Refugees in the Community. Interreg (European Territorial Cooperation).",
  );
  await page.getByText("BibTeX").click();
  await expect(page.locator("pre")).toContainText("@misc{atlas-arc,");
  const mailto = await page.getByRole("link", { name: "Report an error" }).getAttribute("href");
  expect(decodeURIComponent(mailto!)).toContain(`Record: ${SITE_URL}/projects/arc`);
  expect(mailto).toMatch(/^mailto:/);
});

test("every project page prints as a one-page A4 fact sheet without navigation", async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ media: "print" });
  await page.goto("/projects/arc");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText(`Printed from ${SITE_URL}/projects/arc`)).toBeVisible();
  const slugs: string[] = [];
  for (const n of [1, 2])
    slugs.push(
      ...(await (await request.get(`/api/v1/projects?page=${n}`)).json()).items.map((p: { slug: string }) => p.slug),
    );
  const pages: Record<string, number> = {};
  for (const slug of slugs) {
    await page.goto(`/projects/${slug}`);
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    pages[slug] = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
  expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
  expect(slugs).toHaveLength(22);
});
