// Projects related to one project, scored by what they share: partners weigh most, then themes, then countries.
import { db } from "../db/client";

export type RelatedProject = { slug: string; acronym: string | null; title: string; partners: number; themes: number; countries: number };

export async function relatedProjects(projectId: number, limit = 5): Promise<RelatedProject[]> {
  return db().$queryRaw<RelatedProject[]>`
    WITH shared AS (
      SELECT p.id,
        (SELECT count(*) FROM participation a JOIN participation b ON b.organisation_id = a.organisation_id
          WHERE a.project_id = ${projectId} AND b.project_id = p.id)::int AS partners,
        (SELECT count(*) FROM project_theme a JOIN project_theme b ON b.theme_id = a.theme_id
          WHERE a.project_id = ${projectId} AND b.project_id = p.id)::int AS themes,
        (SELECT count(*) FROM project_country a JOIN project_country b ON b.country_code = a.country_code
          WHERE a.project_id = ${projectId} AND b.project_id = p.id)::int AS countries
      FROM project p WHERE p.id <> ${projectId}
    )
    SELECT p.slug, p.acronym, p.title, s.partners, s.themes, s.countries
    FROM shared s JOIN project p ON p.id = s.id
    WHERE s.partners + s.themes + s.countries > 0
    ORDER BY s.partners * 4 + s.themes * 2 + s.countries DESC, p.slug
    LIMIT ${limit}`;
}
