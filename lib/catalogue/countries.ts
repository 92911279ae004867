// Countries: project counts (anywhere in the area, and as lead partner's country) and budget totals.
import { cache } from "react";
import { db } from "../db/client";

export type CountrySummary = { code: string; name: string; projects: number; lead: number; participant: number; totalBudget: number | null };

export async function listCountries(): Promise<CountrySummary[]> {
  return db().$queryRaw<CountrySummary[]>`
    SELECT code, name, projects, lead, participant, total_budget AS "totalBudget" FROM country_stats ORDER BY name`;
}

/** Long lists on a country page stop here; the rest is one link away. */
const LIST_LIMIT = 60;

/** Cached per request (React cache): a page's metadata and its body share one query. */
export const getCountry = cache(async (code: string) => {
  const country = await db().country.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!country) return null;
  // Counts come from materialized views refreshed by the seed (the bitmap_index migration): lookups by country.
  const [regionRows, organisations, [{ count: organisationCount }], partners] = await Promise.all([
    db().$queryRaw<{ id: number; name: string; projects: number }[]>`
      SELECT region_id AS id, name, projects FROM region_stats WHERE country_code = ${code} ORDER BY name, region_id LIMIT ${LIST_LIMIT}`,
    db().$queryRaw<{ slug: string; name: string; participations: number }[]>`
      SELECT slug, name, participations FROM country_organisation WHERE country_code = ${code}
      ORDER BY participations DESC, name, organisation_id LIMIT ${LIST_LIMIT}`,
    db().$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM country_organisation WHERE country_code = ${code}`,
    db().$queryRaw<{ code: string; name: string; projects: number }[]>`
      SELECT c.code, c.name, cp.projects FROM country_partner cp JOIN country c ON c.code = cp.partner
      WHERE cp.code = ${code} ORDER BY cp.projects DESC, c.name`,
  ]);
  // Each region's first five projects (by id), read in order from the (region_id, project_id) index.
  const firstProjects = regionRows.length
    ? await db().$queryRaw<{ regionId: number; slug: string; acronym: string | null; title: string }[]>`
        SELECT r.id AS "regionId", p.slug, p.acronym, p.title
        FROM unnest(${regionRows.map((r) => r.id)}::int[]) AS r(id)
        CROSS JOIN LATERAL (SELECT pr.project_id FROM project_region pr WHERE pr.region_id = r.id ORDER BY pr.project_id LIMIT 5) f
        JOIN project p ON p.id = f.project_id ORDER BY r.id, p.id`
    : [];
  const regions = regionRows.map((r) => ({ name: r.name, projects: r.projects, first: firstProjects.filter((p) => p.regionId === r.id) }));
  return { country, regions, organisations, organisationCount, partners };
});

/** "si" or "SI" → "SI"; anything else is not a country page. */
export const countryParam = (raw: string) => (/^[a-zA-Z]{2}$/.test(raw) ? raw.toUpperCase() : null);
export type CountryPageData = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
