// Projects related to one project, scored by what they share: partners weigh most, then themes, then countries.
// Candidates come from shared partners (an index lookup) and a bounded sample of projects sharing a theme, so the
// cost does not grow with the size of the catalogue.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";

const relatedProjectRow = z.object({
  slug: z.string(),
  acronym: z.string().nullable(),
  title: z.string(),
  partners: z.number(),
  themes: z.number(),
  countries: z.number(),
});
export type RelatedProject = z.infer<typeof relatedProjectRow>;

export async function relatedProjects(projectId: number, limit = 5): Promise<RelatedProject[]> {
  return queryRows(
    relatedProjectRow,
    Prisma.sql`
    WITH my_orgs AS (SELECT organisation_id FROM participation WHERE project_id = ${projectId}),
    my_themes AS (SELECT theme_id FROM project_theme WHERE project_id = ${projectId}),
    my_countries AS (SELECT country_code FROM project_country WHERE project_id = ${projectId}),
    by_partner AS (
      SELECT b.project_id, count(*)::int AS partners FROM participation b JOIN my_orgs USING (organisation_id)
      WHERE b.project_id <> ${projectId} GROUP BY b.project_id ORDER BY partners DESC LIMIT 100
    ),
    by_theme AS (
      SELECT pt.project_id FROM project_theme pt
      WHERE pt.theme_id IN (SELECT theme_id FROM my_themes) AND pt.project_id <> ${projectId}
        AND EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = pt.project_id AND pc.country_code IN (SELECT country_code FROM my_countries))
      LIMIT 150
    ),
    candidates AS (SELECT project_id FROM by_partner UNION SELECT project_id FROM by_theme),
    theme_hits AS (
      SELECT x.project_id, count(*)::int AS themes FROM project_theme x JOIN candidates USING (project_id)
      WHERE x.theme_id IN (SELECT theme_id FROM my_themes) GROUP BY x.project_id
    ),
    country_hits AS (
      SELECT x.project_id, count(*)::int AS countries FROM project_country x JOIN candidates USING (project_id)
      WHERE x.country_code IN (SELECT country_code FROM my_countries) GROUP BY x.project_id
    ),
    scored AS (
      SELECT c.project_id, coalesce(b.partners, 0) AS partners, coalesce(t.themes, 0) AS themes, coalesce(k.countries, 0) AS countries
      FROM candidates c LEFT JOIN by_partner b USING (project_id) LEFT JOIN theme_hits t USING (project_id) LEFT JOIN country_hits k USING (project_id)
    ),
    -- Ranked with slugs from the covering index (project_id_start_budget_idx); only the few shown read their rows.
    top AS MATERIALIZED (
      SELECT s.*, ps.slug, s.partners * 4 + s.themes * 2 + s.countries AS score
      FROM scored s JOIN project ps ON ps.id = s.project_id
      WHERE s.partners + s.themes + s.countries > 0
      ORDER BY score DESC, ps.slug
      LIMIT ${limit}
    )
    SELECT top.slug, p.acronym, p.title, top.partners, top.themes, top.countries
    FROM top JOIN project p ON p.id = top.project_id
    ORDER BY top.score DESC, top.slug`,
  );
}
