// What sitemap.xml lists: every country with projects, programme, project and organisation, by their URL keys.
import { db } from "../db/client";

export async function catalogueSizes(): Promise<{ projects: number; organisations: number }> {
  const [projects, organisations] = await Promise.all([db().project.count(), db().organisation.count()]);
  return { projects, organisations };
}

export async function countryCodesWithProjects(): Promise<string[]> {
  const rows = await db().country.findMany({
    select: { code: true },
    where: { projects: { some: {} } },
    orderBy: { code: "asc" },
  });
  return rows.map((c) => c.code);
}

export async function programmeSlugs(): Promise<string[]> {
  return (await db().programme.findMany({ select: { slug: true }, orderBy: { position: "asc" } })).map((p) => p.slug);
}

/** Slugs in slug order, a slice at a time (sitemap parts stay under the protocol's limit). */
export async function projectSlugs(skip: number, take: number): Promise<string[]> {
  return (await db().project.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, skip, take })).map(
    (p) => p.slug,
  );
}

export async function organisationSlugs(skip: number, take: number): Promise<string[]> {
  return (await db().organisation.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, skip, take })).map(
    (o) => o.slug,
  );
}
