// Countries: project counts (anywhere in the area, and as lead partner's country) and budget totals.
import { db } from "../db/client";


export type CountrySummary = { code: string; name: string; projects: number; lead: number; participant: number; totalBudget: number | null };

export async function listCountries(): Promise<CountrySummary[]> {
  return db().$queryRaw<CountrySummary[]>`
    SELECT code, name, projects, lead, participant, total_budget AS "totalBudget" FROM country_stats ORDER BY name`;
}

/** Long lists on a country page stop here; the rest is one link away. */
const LIST_LIMIT = 60;

export async function getCountry(code: string) {
  const country = await db().country.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!country) return null;
  const [regions, organisations, organisationCount, partners] = await Promise.all([
    db().region.findMany({
      where: { countryCode: code, projects: { some: {} } },
      select: { name: true, _count: { select: { projects: true } }, projects: { select: { project: { select: { slug: true, acronym: true, title: true } } }, take: 5, orderBy: { projectId: "asc" } } },
      orderBy: { name: "asc" },
      take: LIST_LIMIT,
    }),
    db().organisation.findMany({
      where: { participations: { some: { countryCode: code } } },
      select: { slug: true, name: true, _count: { select: { participations: true } } },
      orderBy: [{ participations: { _count: "desc" } }, { name: "asc" }],
      take: LIST_LIMIT,
    }),
    db().organisation.count({ where: { participations: { some: { countryCode: code } } } }),
    db().$queryRaw<{ code: string; name: string; projects: number }[]>`
      SELECT c.code, c.name, count(DISTINCT pc2.project_id)::int AS projects
      FROM project_country pc JOIN project_country pc2 ON pc2.project_id = pc.project_id AND pc2.country_code <> pc.country_code
      JOIN country c ON c.code = pc2.country_code
      WHERE pc.country_code = ${code} GROUP BY c.code, c.name ORDER BY projects DESC, c.name`,
  ]);
  return { country, regions, organisations, organisationCount, partners };
}

/** "si" or "SI" → "SI"; anything else is not a country page. */
export const countryParam = (raw: string) => (/^[a-zA-Z]{2}$/.test(raw) ? raw.toUpperCase() : null);
export type CountryPageData = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
