// Rebuilds the full-text search columns from a project's own text and the names of its organisations, regions,
// countries, themes and target groups, weighted by atlas_search_vector (SEARCH_WEIGHTS in lib/rules/catalogue-rules.ts).
import { Prisma } from "../db/generated/client";

/** Constant SQL (no parameters): shared by the content seed and the synthetic bulk loader; ordered, so deterministic. */
export const REFRESH_SEARCH_INDEX_SQL = `
    WITH names AS (
      SELECT p.id,
        concat_ws(' ',
          (SELECT string_agg(concat_ws(' ', o.name, o.short_name, pa.name_as_stated,
                    (SELECT string_agg(a.name, ' ' ORDER BY a.name) FROM organisation_alias a WHERE a.organisation_id = o.id)), ' ' ORDER BY pa.position)
             FROM participation pa JOIN organisation o ON o.id = pa.organisation_id WHERE pa.project_id = p.id),
          (SELECT string_agg(r.name, ' ' ORDER BY pr.position) FROM project_region pr JOIN region r ON r.id = pr.region_id WHERE pr.project_id = p.id),
          (SELECT string_agg(c.name, ' ' ORDER BY c.code) FROM project_country pc JOIN country c ON c.code = pc.country_code WHERE pc.project_id = p.id),
          (SELECT string_agg(t.name, ' ' ORDER BY t.position) FROM project_theme pt JOIN theme t ON t.id = pt.theme_id WHERE pt.project_id = p.id),
          (SELECT string_agg(g.name, ' ' ORDER BY g.position) FROM project_target_group pg JOIN target_group g ON g.id = pg.target_group_id WHERE pg.project_id = p.id)
        ) AS text
      FROM project p
    )
    UPDATE project p SET
      search_text = unaccent(lower(concat_ws(' ', p.acronym, p.title, names.text))),
      search_vector = public.atlas_search_vector(concat_ws(' ', p.acronym, p.title), names.text, concat_ws(' ', p.summary, p.description))
    FROM names WHERE names.id = p.id`;

export async function refreshSearchIndex(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`${Prisma.raw(REFRESH_SEARCH_INDEX_SQL)}`;
}
