// sitemap.xml: an index of part files, each under the protocol's limit of 50,000 URLs.
import { db } from "../db/client";
import { absoluteUrl } from "../config";

const PER_FILE = 40_000;
const STATIC_PATHS = ["/", "/projects", "/countries", "/programmes", "/organisations", "/about", "/data-dictionary", "/api", "/accessibility"];

type Part = { name: string; urls: () => Promise<string[]> };

async function parts(): Promise<Part[]> {
  const [projects, organisations] = await Promise.all([db().project.count(), db().organisation.count()]);
  const chunks = (n: number) => Array.from({ length: Math.max(1, Math.ceil(n / PER_FILE)) }, (_, i) => i);
  return [
    { name: "pages", urls: async () => STATIC_PATHS },
    { name: "countries", urls: async () => (await db().country.findMany({ select: { code: true }, where: { projects: { some: {} } }, orderBy: { code: "asc" } })).map((c) => `/countries/${c.code.toLowerCase()}`) },
    { name: "programmes", urls: async () => (await db().programme.findMany({ select: { slug: true }, orderBy: { position: "asc" } })).map((p) => `/programmes/${p.slug}`) },
    ...chunks(projects).map((i) => ({
      name: `projects-${i + 1}`,
      urls: async () => (await db().project.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, skip: i * PER_FILE, take: PER_FILE })).map((p) => `/projects/${p.slug}`),
    })),
    ...chunks(organisations).map((i) => ({
      name: `organisations-${i + 1}`,
      urls: async () => (await db().organisation.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, skip: i * PER_FILE, take: PER_FILE })).map((o) => `/organisations/${o.slug}`),
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
