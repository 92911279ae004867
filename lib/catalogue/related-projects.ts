// Projects related to one project, scored by what they share: partners weigh most, then themes, then countries.
// Candidates come from shared partners (an index lookup) and a bounded sample of projects sharing a theme, so the
// cost does not grow with the size of the catalogue.
import { db } from "../db/client";

export type RelatedProject = { slug: string; acronym: string | null; title: string; partners: number; themes: number; countries: number };

export async function relatedProjects(projectId: number, limit = 5): Promise<RelatedProject[]> {
  return db().$queryRaw<RelatedProject[]>`
    WITH my_orgs AS (SELECT organisation_id FROM participation WHERE project_id = ${projectId}),
    my_themes AS (SELECT theme_id FROM project_theme WHERE project_id = ${projectId}),
    my_countries AS (SELECT country_code FROM project_country WHERE project_id = ${projectId}),
    by_partner AS (
      SELECT b.project_id, count(*)::int AS partners FROM participation b JOIN my_orgs USING (organisation_id)
      WHERE b.project_id <> ${projectId} GROUP BY b.project_id ORDER BY partners DESC LIMIT 200
    ),
    by_theme AS (
      SELECT DISTINCT pt.project_id FROM project_theme pt JOIN my_themes USING (theme_id)
      WHERE pt.project_id <> ${projectId} AND pt.project_id IN (SELECT pc.project_id FROM project_country pc JOIN my_countries USING (country_code))
      LIMIT 300
    ),
    candidates AS (SELECT project_id FROM by_partner UNION SELECT project_id FROM by_theme),
    scored AS (
      SELECT c.project_id,
        coalesce((SELECT partners FROM by_partner bp WHERE bp.project_id = c.project_id), 0) AS partners,
        (SELECT count(*)::int FROM project_theme x JOIN my_themes USING (theme_id) WHERE x.project_id = c.project_id) AS themes,
        (SELECT count(*)::int FROM project_country x JOIN my_countries USING (country_code) WHERE x.project_id = c.project_id) AS countries
      FROM candidates c
    )
    SELECT p.slug, p.acronym, p.title, s.partners, s.themes, s.countries
    FROM scored s JOIN project p ON p.id = s.project_id
    WHERE s.partners + s.themes + s.countries > 0
    ORDER BY s.partners * 4 + s.themes * 2 + s.countries DESC, p.slug
    LIMIT ${limit}`;
}
