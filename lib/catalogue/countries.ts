// Countries: project counts (anywhere in the area, and as lead partner's country) and budget totals.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import { cache } from "react";
import { db } from "../db/client";

const countrySummaryRow = z.object({
  code: z.string(),
  name: z.string(),
  projects: z.number(),
  lead: z.number(),
  participant: z.number(),
  totalBudget: z.number().nullable(),
});
export type CountrySummary = z.infer<typeof countrySummaryRow>;

export async function listCountries(): Promise<CountrySummary[]> {
  return queryRows(
    countrySummaryRow,
    Prisma.sql`SELECT code, name, projects, lead, participant, total_budget AS "totalBudget" FROM country_stats ORDER BY name`,
  );
}

const regionRow = z.object({ id: z.number(), name: z.string(), projects: z.number() });
const countryOrganisationRow = z.object({ slug: z.string(), name: z.string(), participations: z.number() });
const countRow = z.object({ count: z.number() });
const partnerRow = z.object({ code: z.string(), name: z.string(), projects: z.number() });
const regionProjectRow = z.object({
  regionId: z.number(),
  slug: z.string(),
  acronym: z.string().nullable(),
  title: z.string(),
});

/** Long lists on a country page stop here; the rest is one link away. */
const LIST_LIMIT = 60;

/** Cached per request (React cache): a page's metadata and its body share one query. */
export const getCountry = cache(async (code: string) => {
  const country = await db().country.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!country) return null;
  // Counts come from materialized views refreshed by the seed (the bitmap_index migration): lookups by country.
  const [regionRows, organisations, counted, partners] = await Promise.all([
    queryRows(
      regionRow,
      Prisma.sql`SELECT region_id AS id, name, projects FROM region_stats WHERE country_code = ${code} ORDER BY name, region_id LIMIT ${LIST_LIMIT}`,
    ),
    queryRows(
      countryOrganisationRow,
      Prisma.sql`
        SELECT slug, name, participations FROM country_organisation WHERE country_code = ${code}
        ORDER BY participations DESC, name, organisation_id LIMIT ${LIST_LIMIT}`,
    ),
    queryRows(
      countRow,
      Prisma.sql`SELECT count(*)::int AS count FROM country_organisation WHERE country_code = ${code}`,
    ),
    queryRows(
      partnerRow,
      Prisma.sql`
        SELECT c.code, c.name, cp.projects FROM country_partner cp JOIN country c ON c.code = cp.partner
        WHERE cp.code = ${code} ORDER BY cp.projects DESC, c.name`,
    ),
  ]);
  const organisationCount = counted[0]?.count ?? 0;
  // Each region's first five projects (by id), read in order from the (region_id, project_id) index.
  const firstProjects = regionRows.length
    ? await queryRows(
        regionProjectRow,
        Prisma.sql`
          SELECT r.id AS "regionId", p.slug, p.acronym, p.title
          FROM unnest(${regionRows.map((r) => r.id)}::int[]) AS r(id)
          CROSS JOIN LATERAL (SELECT pr.project_id FROM project_region pr WHERE pr.region_id = r.id ORDER BY pr.project_id LIMIT 5) f
          JOIN project p ON p.id = f.project_id ORDER BY r.id, p.id`,
      )
    : [];
  const regions = regionRows.map((r) => ({
    name: r.name,
    projects: r.projects,
    first: firstProjects.filter((p) => p.regionId === r.id),
  }));
  return { country, regions, organisations, organisationCount, partners };
});

/** "si" or "SI" → "SI"; anything else is not a country page. */
export const countryParam = (raw: string) => (/^[a-zA-Z]{2}$/.test(raw) ? raw.toUpperCase() : null);
export type CountryPageData = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
