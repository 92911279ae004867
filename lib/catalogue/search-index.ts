// Rebuilds the full-text search columns from a project's own text and the names of its organisations, regions,
// countries, themes and target groups, weighted by atlas_search_vector (SEARCH_WEIGHTS in lib/rules/catalogue-rules.ts),
// plus each translation of its text (content/translations/) made with that language's configuration
// (atlas_locale_config: stemmed as German, French, …) at the weight of the English text, so that a search in any of the
// catalogue's languages finds it (docs/architecture.md, "Translated content and search").
import { Prisma } from "../db/generated/client";
import { SEARCH_WEIGHTS } from "../rules/catalogue-rules";

/** Constant SQL (no parameters): shared by the content seed and the synthetic bulk loader; ordered, so deterministic. */
export const REFRESH_SEARCH_INDEX_SQL = `
    WITH aliases AS (
      SELECT organisation_id, string_agg(name, ' ' ORDER BY name) AS names FROM organisation_alias GROUP BY organisation_id
    ), partners AS (
      SELECT pa.project_id,
        string_agg(concat_ws(' ', o.name, o.short_name, pa.name_as_stated, al.names), ' ' ORDER BY pa.position) AS text
      FROM participation pa JOIN organisation o ON o.id = pa.organisation_id
        LEFT JOIN aliases al ON al.organisation_id = o.id
      GROUP BY pa.project_id
    ), regions AS (
      SELECT pr.project_id, string_agg(r.name, ' ' ORDER BY pr.position) AS text
      FROM project_region pr JOIN region r ON r.id = pr.region_id GROUP BY pr.project_id
    ), countries AS (
      SELECT pc.project_id, string_agg(c.name, ' ' ORDER BY c.code) AS text
      FROM project_country pc JOIN country c ON c.code = pc.country_code GROUP BY pc.project_id
    ), themes AS (
      SELECT pt.project_id, string_agg(t.name, ' ' ORDER BY t.position) AS text
      FROM project_theme pt JOIN theme t ON t.id = pt.theme_id GROUP BY pt.project_id
    ), groups AS (
      SELECT pg.project_id, string_agg(g.name, ' ' ORDER BY g.position) AS text
      FROM project_target_group pg JOIN target_group g ON g.id = pg.target_group_id GROUP BY pg.project_id
    ), translated_terms AS (
      SELECT x.project_id, tt.locale, string_agg(tt.name, ' ' ORDER BY x.kind, x.position) AS text
      FROM (SELECT pt.project_id, 'theme' AS kind, t.slug, t.position FROM project_theme pt JOIN theme t ON t.id = pt.theme_id
            UNION ALL
            SELECT pg.project_id, 'target_group', g.slug, g.position FROM project_target_group pg JOIN target_group g ON g.id = pg.target_group_id) x
        JOIN term_translation tt ON tt.kind = x.kind AND tt.slug = x.slug
      GROUP BY x.project_id, tt.locale
    ), translated_text AS (
      SELECT coalesce(pt.project_id, tt.project_id) AS project_id, coalesce(pt.locale, tt.locale) AS locale,
        concat_ws(' ', pt.summary, pt.description, array_to_string(pt.objectives, ' '),
          (SELECT string_agg(r.value->>'text', ' ' ORDER BY r.n) FROM jsonb_array_elements(pt.results) WITH ORDINALITY AS r(value, n)),
          tt.text) AS text
      FROM project_translation pt FULL JOIN translated_terms tt ON tt.project_id = pt.project_id AND tt.locale = pt.locale
    ), translated AS (
      SELECT project_id,
        public.atlas_tsvector_agg(setweight(to_tsvector(public.atlas_locale_config(locale), text), '${SEARCH_WEIGHTS.text}') ORDER BY locale) AS vector
      FROM translated_text GROUP BY project_id
    ), names AS MATERIALIZED (
      SELECT p.id, concat_ws(' ', partners.text, regions.text, countries.text, themes.text, groups.text) AS text
      FROM project p
        LEFT JOIN partners ON partners.project_id = p.id
        LEFT JOIN regions ON regions.project_id = p.id
        LEFT JOIN countries ON countries.project_id = p.id
        LEFT JOIN themes ON themes.project_id = p.id
        LEFT JOIN groups ON groups.project_id = p.id
    )
    UPDATE project p SET
      search_text = unaccent(lower(concat_ws(' ', p.acronym, p.title, names.text))),
      search_vector = public.atlas_search_vector(concat_ws(' ', p.acronym, p.title), names.text, concat_ws(' ', p.summary, p.description))
        || coalesce(translated.vector, ''::tsvector)
    FROM names LEFT JOIN translated ON translated.project_id = names.id WHERE names.id = p.id`;

export async function refreshSearchIndex(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`${Prisma.raw(REFRESH_SEARCH_INDEX_SQL)}`;
}
