// sitemap.xml: an index of part files, each under the protocol's limit of 50,000 URLs. Every page is listed in every
// language, each with its alternates in all languages and English as x-default (xhtml:link, as search engines ask).
import {
  catalogueSizes,
  countryCodesWithProjects,
  organisationSlugs,
  programmeSlugs,
  projectSlugs,
} from "../catalogue/sitemap-entries";
import { listReleases } from "../catalogue/releases";
import { absoluteUrl } from "../config";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales";
import { localisedPath } from "../i18n/paths";

/** Records per part file: each is listed once per language, so a part holds 6 × 6,000 = 36,000 URLs. */
const PER_FILE = 6_000;
const STATIC_PATHS = [
  "/",
  "/projects",
  "/countries",
  "/programmes",
  "/organisations",
  "/about",
  "/data-dictionary",
  "/api",
  "/accessibility",
  "/releases",
];

type Part = { name: string; urls: () => Promise<string[]> };

async function parts(): Promise<Part[]> {
  const { projects, organisations } = await catalogueSizes();
  const chunks = (n: number) => Array.from({ length: Math.max(1, Math.ceil(n / PER_FILE)) }, (_, i) => i);
  return [
    { name: "pages", urls: async () => STATIC_PATHS },
    {
      name: "countries",
      urls: async () => (await countryCodesWithProjects()).map((code) => `/countries/${code.toLowerCase()}`),
    },
    { name: "programmes", urls: async () => (await programmeSlugs()).map((slug) => `/programmes/${slug}`) },
    { name: "releases", urls: async () => (await listReleases()).map((r) => `/releases/${r.id}`) },
    ...chunks(projects).map((i) => ({
      name: `projects-${i + 1}`,
      urls: async () => (await projectSlugs(i * PER_FILE, PER_FILE)).map((slug) => `/projects/${slug}`),
    })),
    ...chunks(organisations).map((i) => ({
      name: `organisations-${i + 1}`,
      urls: async () => (await organisationSlugs(i * PER_FILE, PER_FILE)).map((slug) => `/organisations/${slug}`),
    })),
  ];
}

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';

export async function sitemapIndex(): Promise<string> {
  const list = await parts();
  return `${xmlHeader}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list
    .map((p) => `  <sitemap><loc>${absoluteUrl(`/sitemaps/${p.name}.xml`)}</loc></sitemap>`)
    .join("\n")}\n</sitemapindex>\n`;
}

export async function sitemapPart(name: string): Promise<string | null> {
  const part = (await parts()).find((p) => p.name === name);
  if (!part) return null;
  const urls = (await part.urls()).flatMap(inEveryLanguage);
  return `${xmlHeader}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The <url> entries of one page: one per language, each naming all of them (paths need no XML escaping). */
function inEveryLanguage(path: string): string[] {
  const links = [
    ...LOCALES.map(
      (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${absoluteUrl(localisedPath(l, path))}"/>`,
    ),
    `<xhtml:link rel="alternate" hreflang="x-default" href="${absoluteUrl(localisedPath(DEFAULT_LOCALE, path))}"/>`,
  ];
  return LOCALES.map(
    (l) => `  <url><loc>${absoluteUrl(localisedPath(l, path))}</loc>\n    ${links.join("\n    ")}\n  </url>`,
  );
}
