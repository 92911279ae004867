// Rebuilds the full-text search columns from a project's own text and the names of its organisations, regions,
// countries, themes and target groups. Weights: A acronym and title, B names, C summary and description.
import { Prisma } from "../db/generated/client";

/** Constant SQL (no parameters): shared by the content seed and the synthetic bulk loader. */
export const REFRESH_SEARCH_INDEX_SQL = `
    WITH names AS (
      SELECT p.id,
        concat_ws(' ',
          (SELECT string_agg(concat_ws(' ', o.name, o.short_name, pa.name_as_stated,
                    (SELECT string_agg(a.name, ' ') FROM organisation_alias a WHERE a.organisation_id = o.id)), ' ')
             FROM participation pa JOIN organisation o ON o.id = pa.organisation_id WHERE pa.project_id = p.id),
          (SELECT string_agg(r.name, ' ') FROM project_region pr JOIN region r ON r.id = pr.region_id WHERE pr.project_id = p.id),
          (SELECT string_agg(c.name, ' ') FROM project_country pc JOIN country c ON c.code = pc.country_code WHERE pc.project_id = p.id),
          (SELECT string_agg(t.name, ' ') FROM project_theme pt JOIN theme t ON t.id = pt.theme_id WHERE pt.project_id = p.id),
          (SELECT string_agg(g.name, ' ') FROM project_target_group pg JOIN target_group g ON g.id = pg.target_group_id WHERE pg.project_id = p.id)
        ) AS text
      FROM project p
    )
    UPDATE project p SET
      search_text = unaccent(lower(concat_ws(' ', p.acronym, p.title, names.text))),
      search_vector =
        setweight(to_tsvector('atlas', concat_ws(' ', p.acronym, p.title)), 'A') ||
        setweight(to_tsvector('atlas', coalesce(names.text, '')), 'B') ||
        setweight(to_tsvector('atlas', concat_ws(' ', p.summary, p.description)), 'C')
    FROM names WHERE names.id = p.id`;

export async function refreshSearchIndex(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`${Prisma.raw(REFRESH_SEARCH_INDEX_SQL)}`;
}
