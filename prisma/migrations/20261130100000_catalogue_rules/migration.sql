-- The catalogue's rules as SQL functions generated from lib/rules/catalogue-rules.ts, and everything that applied a
-- rule written by hand (the bitmap index, the whole-catalogue baselines, the country statistics, status as of a day)
-- rebuilt over them. From here on the plain SQL conditions (lib/catalogue/project-where.ts) and the bitmap index
-- (lib/catalogue/project-bits.ts) call the same functions, and "today" is a parameter given by the server
-- (lib/catalogue/catalogue-day.ts) instead of PostgreSQL's CURRENT_DATE.

-- BEGIN generated from lib/rules/catalogue-rules.ts by lib/rules/rules-sql.ts (do not edit)
-- Status of a project as of on_day, from the first and last day its stated period can mean.
CREATE OR REPLACE FUNCTION public.atlas_status(start_day date, end_day date, on_day date) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN end_day IS NOT NULL AND end_day < on_day THEN 'completed' WHEN start_day IS NOT NULL AND start_day > on_day THEN 'planned' WHEN end_day IS NOT NULL THEN 'ongoing' ELSE 'not-stated' END
$$;
-- Budget band of an amount: width_bucket over the band edges, 'none' when not stated.
CREATE OR REPLACE FUNCTION public.atlas_budget_band(amount bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN amount IS NULL THEN 'none' ELSE width_bucket(amount, ARRAY[100000, 250000, 500000, 1000000, 2500000, 5000000]::bigint[])::text END
$$;
-- Whether a participation's role makes it the lead partner.
CREATE OR REPLACE FUNCTION public.atlas_is_lead_role(role public."ParticipationRole") RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT role = ANY (ARRAY['lead', 'coordinator', 'promoter']::public."ParticipationRole"[])
$$;
-- The days the period filters compare: the last day a project is active ("active from" year) and the first.
CREATE OR REPLACE FUNCTION public.atlas_last_day(start_day date, end_day date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(end_day, start_day)
$$;
CREATE OR REPLACE FUNCTION public.atlas_first_day(start_day date, end_day date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(start_day, end_day)
$$;
-- The full-text index of a project: its title (acronym and title), the names around it, its own text, by weight.
CREATE OR REPLACE FUNCTION public.atlas_search_vector(title text, names text, body text) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('public.atlas', coalesce(title, '')), 'A')
      || setweight(to_tsvector('public.atlas', coalesce(names, '')), 'B')
      || setweight(to_tsvector('public.atlas', coalesce(body, '')), 'C')
$$;
-- END generated

-- Status as of `on_day`, read from the bitmap index: projects that ended in an earlier month or started in a later
-- one come from the running unions of project_bitmap; those of on_day's own month are checked one by one with
-- atlas_status, the same rule the plain SQL conditions apply.
DROP FUNCTION "atlas_status_bits"();
CREATE FUNCTION "atlas_status_bits"(on_day date) RETURNS TABLE(status text, bits varbit) LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  this_month text := to_char(on_day, 'YYYY-MM');
  month_start date := date_trunc('month', on_day)::date;
  next_month date := (date_trunc('month', on_day) + interval '1 month')::date;
  len int := public.atlas_bit_length();
  none varbit := public.atlas_bits('none', '{}');
  completed varbit;
  planned varbit;
  ongoing varbit;
BEGIN
  SELECT coalesce((SELECT b.bits FROM public.project_bitmap b WHERE b.facet = 'ended-by' AND b.value < this_month ORDER BY b.value DESC LIMIT 1), none)
       | public.atlas_ids_to_bits(array(SELECT p.id FROM public.project p WHERE p.end_date >= month_start AND p.end_date < next_month
                                                                            AND public.atlas_status(p.start_date, p.end_date, on_day) = 'completed'), len)
    INTO completed;
  SELECT (coalesce((SELECT b.bits FROM public.project_bitmap b WHERE b.facet = 'starting-from' AND b.value > this_month ORDER BY b.value LIMIT 1), none)
       | public.atlas_ids_to_bits(array(SELECT p.id FROM public.project p WHERE p.start_date >= month_start AND p.start_date < next_month
                                                                            AND public.atlas_status(p.start_date, p.end_date, on_day) = 'planned'), len))
       & ~completed
    INTO planned;
  ongoing := public.atlas_bits('end-stated', '{""}') & ~completed & ~planned;
  RETURN QUERY VALUES ('completed', completed), ('planned', planned), ('ongoing', ongoing),
    ('not-stated', public.atlas_bits('all', '{""}') & ~completed & ~planned & ~ongoing);
END
$$;

-- The bitmap index, as in 20261123210000_bitmap_index, with lead roles, budget bands and the period years read from
-- the rule functions. (The functions that read project_bitmap name it in their bodies only, so it can be replaced.)
DROP MATERIALIZED VIEW "project_bitmap";
CREATE MATERIALIZED VIEW "project_bitmap" AS
WITH n AS (SELECT public.atlas_bit_length() AS len)
          SELECT 'all'::text AS facet, ''::text AS value, public.atlas_ids_to_bits(array(SELECT id FROM public.project), n.len) AS bits FROM n
UNION ALL SELECT 'none', '', public.atlas_ids_to_bits('{}', n.len) FROM n
UNION ALL SELECT 'country', pc.country_code, public.atlas_ids_to_bits(array_agg(pc.project_id), n.len)
          FROM public.project_country pc, n GROUP BY pc.country_code, n.len
UNION ALL SELECT 'country-lead', pa.country_code, public.atlas_ids_to_bits(array_agg(pa.project_id), n.len)
          FROM public.participation pa, n WHERE public.atlas_is_lead_role(pa.role) AND pa.country_code IS NOT NULL
          GROUP BY pa.country_code, n.len
UNION ALL SELECT 'programme', coalesce(p.programme_id::text, ''), public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n GROUP BY 2, n.len
UNION ALL SELECT 'theme', t.slug, public.atlas_ids_to_bits(array_agg(pt.project_id), n.len)
          FROM public.project_theme pt JOIN public.theme t ON t.id = pt.theme_id, n GROUP BY t.slug, n.len
UNION ALL SELECT 'group', g.slug, public.atlas_ids_to_bits(array_agg(pg.project_id), n.len)
          FROM public.project_target_group pg JOIN public.target_group g ON g.id = pg.target_group_id, n GROUP BY g.slug, n.len
UNION ALL SELECT 'budget-total', public.atlas_budget_band(p.total_budget), public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n GROUP BY 2, n.len
UNION ALL SELECT 'budget-grant', public.atlas_budget_band(p.grant_amount), public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n GROUP BY 2, n.len
UNION ALL SELECT 'results', 'with', public.atlas_ids_to_bits(array_agg(r.project_id), n.len)
          FROM public.result r, n WHERE r.figure IS NOT NULL AND NOT r.expected GROUP BY n.len
UNION ALL SELECT 'ended-by', e.month, bit_or(e.bits) OVER (ORDER BY e.month ROWS UNBOUNDED PRECEDING)
          FROM (SELECT to_char(p.end_date, 'YYYY-MM') AS month, public.atlas_ids_to_bits(array_agg(p.id), n.len) AS bits
                FROM public.project p, n WHERE p.end_date IS NOT NULL GROUP BY 1, n.len) e
UNION ALL SELECT 'starting-from', s.month, bit_or(s.bits) OVER (ORDER BY s.month DESC ROWS UNBOUNDED PRECEDING)
          FROM (SELECT to_char(p.start_date, 'YYYY-MM') AS month, public.atlas_ids_to_bits(array_agg(p.id), n.len) AS bits
                FROM public.project p, n WHERE p.start_date IS NOT NULL GROUP BY 1, n.len) s
UNION ALL SELECT 'end-stated', '', public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n WHERE p.end_date IS NOT NULL GROUP BY n.len
UNION ALL SELECT 'last-year', extract(year FROM public.atlas_last_day(p.start_date, p.end_date))::int::text, public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n WHERE public.atlas_last_day(p.start_date, p.end_date) IS NOT NULL GROUP BY 2, n.len
UNION ALL SELECT 'first-year', extract(year FROM public.atlas_first_day(p.start_date, p.end_date))::int::text, public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n WHERE public.atlas_first_day(p.start_date, p.end_date) IS NOT NULL GROUP BY 2, n.len;
CREATE UNIQUE INDEX "project_bitmap_facet_value_key" ON "project_bitmap"("facet", "value");

-- Whole-catalogue figures, as in 20261123193000_catalogue_stats, with lead roles and budget bands from the rules.
DROP MATERIALIZED VIEW "facet_baseline";
CREATE MATERIALIZED VIEW "facet_baseline" AS
          SELECT 'country'::text AS facet, country_code::text AS value, count(*)::int AS count FROM public.project_country GROUP BY country_code
UNION ALL SELECT 'country-lead', country_code::text, count(DISTINCT project_id)::int FROM public.participation
          WHERE public.atlas_is_lead_role(role) AND country_code IS NOT NULL GROUP BY country_code
UNION ALL SELECT 'programme', coalesce(programme_id::text, ''), count(*)::int FROM public.project GROUP BY programme_id
UNION ALL SELECT 'theme', t.slug, count(*)::int FROM public.project_theme pt JOIN public.theme t ON t.id = pt.theme_id GROUP BY t.slug
UNION ALL SELECT 'group', g.slug, count(*)::int FROM public.project_target_group ptg JOIN public.target_group g ON g.id = ptg.target_group_id GROUP BY g.slug
UNION ALL SELECT 'budget-total', public.atlas_budget_band(total_budget), count(*)::int FROM public.project GROUP BY 2
UNION ALL SELECT 'budget-grant', public.atlas_budget_band(grant_amount), count(*)::int FROM public.project GROUP BY 2
UNION ALL SELECT 'results', 'with', count(DISTINCT project_id)::int FROM public.result WHERE figure IS NOT NULL AND NOT expected
UNION ALL SELECT 'total', 'all', count(*)::int FROM public.project;
CREATE UNIQUE INDEX "facet_baseline_facet_value_key" ON "facet_baseline"("facet", "value");

DROP MATERIALIZED VIEW "country_stats";
CREATE MATERIALIZED VIEW "country_stats" AS
SELECT c.code, c.name, coalesce(pc.projects, 0) AS projects, coalesce(l.lead, 0) AS lead, coalesce(pa.participant, 0) AS participant, b.total_budget
FROM public.country c
LEFT JOIN (SELECT country_code, count(*)::int AS projects FROM public.project_country GROUP BY 1) pc ON pc.country_code = c.code
LEFT JOIN (SELECT country_code, count(DISTINCT project_id)::int AS lead FROM public.participation WHERE public.atlas_is_lead_role(role) GROUP BY 1) l ON l.country_code = c.code
LEFT JOIN (SELECT country_code, count(DISTINCT project_id)::int AS participant FROM public.participation GROUP BY 1) pa ON pa.country_code = c.code
LEFT JOIN (SELECT pc.country_code, sum(p.total_budget)::float8 AS total_budget FROM public.project_country pc JOIN public.project p ON p.id = pc.project_id GROUP BY 1) b ON b.country_code = c.code
WHERE pc.projects IS NOT NULL OR pa.participant IS NOT NULL;
CREATE UNIQUE INDEX "country_stats_code_key" ON "country_stats"("code");
