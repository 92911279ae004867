-- Sorting: a stored sort key for "by name", and indexes matching the ORDER BY of each sort (with the slug tie-break).
ALTER TABLE "project" ADD COLUMN "sort_name" TEXT NOT NULL DEFAULT '';
UPDATE "project" SET "sort_name" = lower(coalesce("acronym", "title"));
CREATE INDEX "project_sort_name_slug_idx" ON "project"("sort_name", "slug");
-- Not expressible in schema.prisma (NULLS LAST); listed in tests/integration/schema-matches-migrations.test.ts.
CREATE INDEX "project_total_budget_desc_idx" ON "project"("total_budget" DESC NULLS LAST, "slug");
CREATE INDEX "project_grant_amount_desc_idx" ON "project"("grant_amount" DESC NULLS LAST, "slug");
CREATE INDEX "project_start_date_desc_idx" ON "project"("start_date" DESC NULLS LAST, "slug");

-- Figures of the whole catalogue, refreshed by every seed (lib/catalogue/catalogue-stats.ts): the unfiltered facet
-- counts, budget bands and result totals, per-country and per-programme statistics, and the headline figures.
-- Budget band edges must equal BUDGET_BANDS in lib/catalogue/project-facets.ts (an integration test compares).
CREATE MATERIALIZED VIEW "facet_baseline" AS
      SELECT 'country'::text AS facet, country_code::text AS value, count(*)::int AS count FROM project_country GROUP BY country_code
UNION ALL SELECT 'country-lead', country_code::text, count(DISTINCT project_id)::int FROM participation
          WHERE role IN ('lead', 'coordinator', 'promoter') AND country_code IS NOT NULL GROUP BY country_code
UNION ALL SELECT 'programme', coalesce(programme_id::text, ''), count(*)::int FROM project GROUP BY programme_id
UNION ALL SELECT 'theme', t.slug, count(*)::int FROM project_theme pt JOIN theme t ON t.id = pt.theme_id GROUP BY t.slug
UNION ALL SELECT 'group', g.slug, count(*)::int FROM project_target_group ptg JOIN target_group g ON g.id = ptg.target_group_id GROUP BY g.slug
UNION ALL SELECT 'budget-total', CASE WHEN total_budget IS NULL THEN 'none' ELSE width_bucket(total_budget, ARRAY[100000, 250000, 500000, 1000000, 2500000, 5000000])::text END, count(*)::int FROM project GROUP BY 2
UNION ALL SELECT 'budget-grant', CASE WHEN grant_amount IS NULL THEN 'none' ELSE width_bucket(grant_amount, ARRAY[100000, 250000, 500000, 1000000, 2500000, 5000000])::text END, count(*)::int FROM project GROUP BY 2
UNION ALL SELECT 'results', 'with', count(DISTINCT project_id)::int FROM result WHERE figure IS NOT NULL AND NOT expected
UNION ALL SELECT 'total', 'all', count(*)::int FROM project;
CREATE UNIQUE INDEX "facet_baseline_facet_value_key" ON "facet_baseline"("facet", "value");

CREATE MATERIALIZED VIEW "result_baseline" AS
SELECT unit, sum(figure)::float8 AS total, count(DISTINCT project_id)::int AS projects
FROM result WHERE figure IS NOT NULL AND unit IS NOT NULL AND NOT expected GROUP BY unit;

CREATE MATERIALIZED VIEW "country_stats" AS
SELECT c.code, c.name, coalesce(pc.projects, 0) AS projects, coalesce(l.lead, 0) AS lead, coalesce(pa.participant, 0) AS participant, b.total_budget
FROM country c
LEFT JOIN (SELECT country_code, count(*)::int AS projects FROM project_country GROUP BY 1) pc ON pc.country_code = c.code
LEFT JOIN (SELECT country_code, count(DISTINCT project_id)::int AS lead FROM participation WHERE role IN ('lead', 'coordinator', 'promoter') GROUP BY 1) l ON l.country_code = c.code
LEFT JOIN (SELECT country_code, count(DISTINCT project_id)::int AS participant FROM participation GROUP BY 1) pa ON pa.country_code = c.code
LEFT JOIN (SELECT pc.country_code, sum(p.total_budget)::float8 AS total_budget FROM project_country pc JOIN project p ON p.id = pc.project_id GROUP BY 1) b ON b.country_code = c.code
WHERE pc.projects IS NOT NULL OR pa.participant IS NOT NULL;
CREATE UNIQUE INDEX "country_stats_code_key" ON "country_stats"("code");

CREATE MATERIALIZED VIEW "programme_stats" AS
SELECT programme_id, count(*)::int AS projects, coalesce(sum(total_budget), 0)::float8 AS total_budget, coalesce(sum(grant_amount), 0)::float8 AS grant_amount
FROM project GROUP BY programme_id;

CREATE MATERIALIZED VIEW "catalogue_totals" AS
SELECT (SELECT count(*)::int FROM project) AS projects,
       (SELECT count(DISTINCT country_code)::int FROM project_country) AS countries,
       (SELECT count(*)::int FROM organisation) AS organisations,
       (SELECT sum(total_budget)::float8 FROM project) AS total_budget,
       (SELECT count(total_budget)::int FROM project) AS budgets_stated;

-- The catalogue's own words, for "did you mean" suggestions by trigram similarity. (Schema-qualified: PostgreSQL
-- 17+ builds and refreshes materialized views with a restricted search_path.)
CREATE MATERIALIZED VIEW "search_word" AS
SELECT word, ndoc AS documents FROM ts_stat('SELECT to_tsvector(''simple'', search_text) FROM public.project') WHERE length(word) BETWEEN 3 AND 40;
CREATE INDEX "search_word_word_trgm_idx" ON "search_word" USING GIN ("word" gin_trgm_ops);
