// sitemap.xml: an index of part files, each under the protocol's limit of 50,000 URLs.
import {
  catalogueSizes,
  countryCodesWithProjects,
  organisationSlugs,
  programmeSlugs,
  projectSlugs,
} from "../catalogue/sitemap-entries";
import { listReleases } from "../catalogue/releases";
import { absoluteUrl } from "../config";

const PER_FILE = 40_000;
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
  const urls = await part.urls();
  return `${xmlHeader}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${absoluteUrl(u)}</loc></url>`).join("\n")}\n</urlset>\n`;
}
