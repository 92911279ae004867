-- A bitmap index of the catalogue (docs/decisions/004-bitmap-index.md), rebuilt by every seed. For each facet value,
-- month of start and end, year of activity, slice of budgets and common word there is one bit string in which bit n
-- is set when the project with id n has it. A filtered view is the AND of a few bit strings, and a facet count is
-- bit_count(view & value): the cost no longer grows with the number of matching projects.

-- Bit string of `len` bits (a multiple of 4) with the bits of `ids` set; ids outside 0 … len-1 are ignored.
-- Written as hexadecimal text, one character per four projects: from the sorted ids for a few thousand ids, through
-- an array of every character for more.
CREATE FUNCTION "atlas_ids_to_bits"(ids int[], len int) RETURNS varbit LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  nibbles int[];
  id int;
BEGIN
  IF coalesce(cardinality(ids), 0) < 4096 THEN
    RETURN (SELECT ('x' || rpad(coalesce(string_agg(lpad(to_hex(v), k - prev, '0'), '' ORDER BY k), ''), len / 4, '0'))::varbit
            FROM (SELECT k, v, lag(k, 1, -1) OVER (ORDER BY k) AS prev
                  FROM (SELECT i / 4 AS k, bit_or(8 >> (i % 4)) AS v FROM unnest(ids) AS i WHERE i >= 0 AND i < len GROUP BY 1) g) s);
  END IF;
  nibbles := array_fill(0, ARRAY[len / 4]);
  FOREACH id IN ARRAY ids LOOP
    IF id >= 0 AND id < len THEN
      nibbles[id / 4 + 1] := nibbles[id / 4 + 1] | (8 >> (id % 4));
    END IF;
  END LOOP;
  RETURN ('x' || array_to_string(array(SELECT to_hex(x) FROM unnest(nibbles) AS x), ''))::varbit;
END
$$;

-- The bit length every bit string shares: the highest project id + 1, rounded up to a multiple of 4.
CREATE FUNCTION "atlas_bit_length"() RETURNS int LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ((coalesce(max(id), 0) + 4) / 4) * 4 FROM public.project
$$;

CREATE MATERIALIZED VIEW "project_bitmap" AS
WITH n AS (SELECT public.atlas_bit_length() AS len)
          SELECT 'all'::text AS facet, ''::text AS value, public.atlas_ids_to_bits(array(SELECT id FROM public.project), n.len) AS bits FROM n
UNION ALL SELECT 'none', '', public.atlas_ids_to_bits('{}', n.len) FROM n
UNION ALL SELECT 'country', pc.country_code, public.atlas_ids_to_bits(array_agg(pc.project_id), n.len)
          FROM public.project_country pc, n GROUP BY pc.country_code, n.len
UNION ALL SELECT 'country-lead', pa.country_code, public.atlas_ids_to_bits(array_agg(pa.project_id), n.len)
          FROM public.participation pa, n WHERE pa.role IN ('lead', 'coordinator', 'promoter') AND pa.country_code IS NOT NULL
          GROUP BY pa.country_code, n.len
UNION ALL SELECT 'programme', coalesce(p.programme_id::text, ''), public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n GROUP BY 2, n.len
UNION ALL SELECT 'theme', t.slug, public.atlas_ids_to_bits(array_agg(pt.project_id), n.len)
          FROM public.project_theme pt JOIN public.theme t ON t.id = pt.theme_id, n GROUP BY t.slug, n.len
UNION ALL SELECT 'group', g.slug, public.atlas_ids_to_bits(array_agg(pg.project_id), n.len)
          FROM public.project_target_group pg JOIN public.target_group g ON g.id = pg.target_group_id, n GROUP BY g.slug, n.len
-- Budget bands of the histogram (edges as BUDGET_BANDS in lib/catalogue/project-facets.ts and facet_baseline).
UNION ALL SELECT 'budget-total', CASE WHEN p.total_budget IS NULL THEN 'none' ELSE width_bucket(p.total_budget, ARRAY[100000, 250000, 500000, 1000000, 2500000, 5000000])::text END,
          public.atlas_ids_to_bits(array_agg(p.id), n.len) FROM public.project p, n GROUP BY 2, n.len
UNION ALL SELECT 'budget-grant', CASE WHEN p.grant_amount IS NULL THEN 'none' ELSE width_bucket(p.grant_amount, ARRAY[100000, 250000, 500000, 1000000, 2500000, 5000000])::text END,
          public.atlas_ids_to_bits(array_agg(p.id), n.len) FROM public.project p, n GROUP BY 2, n.len
UNION ALL SELECT 'results', 'with', public.atlas_ids_to_bits(array_agg(r.project_id), n.len)
          FROM public.result r, n WHERE r.figure IS NOT NULL AND NOT r.expected GROUP BY n.len
-- Dates: status as of any day is read from two running unions (ended by the end of month M; starting in month M or
-- later) plus the few projects of the current month, checked one by one.
UNION ALL SELECT 'ended-by', e.month, bit_or(e.bits) OVER (ORDER BY e.month ROWS UNBOUNDED PRECEDING)
          FROM (SELECT to_char(p.end_date, 'YYYY-MM') AS month, public.atlas_ids_to_bits(array_agg(p.id), n.len) AS bits
                FROM public.project p, n WHERE p.end_date IS NOT NULL GROUP BY 1, n.len) e
UNION ALL SELECT 'starting-from', s.month, bit_or(s.bits) OVER (ORDER BY s.month DESC ROWS UNBOUNDED PRECEDING)
          FROM (SELECT to_char(p.start_date, 'YYYY-MM') AS month, public.atlas_ids_to_bits(array_agg(p.id), n.len) AS bits
                FROM public.project p, n WHERE p.start_date IS NOT NULL GROUP BY 1, n.len) s
UNION ALL SELECT 'end-stated', '', public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n WHERE p.end_date IS NOT NULL GROUP BY n.len
-- The "active from/to year" filters: the year of coalesce(end, start) and of coalesce(start, end).
UNION ALL SELECT 'last-year', extract(year FROM coalesce(p.end_date, p.start_date))::int::text, public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n WHERE coalesce(p.end_date, p.start_date) IS NOT NULL GROUP BY 2, n.len
UNION ALL SELECT 'first-year', extract(year FROM coalesce(p.start_date, p.end_date))::int::text, public.atlas_ids_to_bits(array_agg(p.id), n.len)
          FROM public.project p, n WHERE coalesce(p.start_date, p.end_date) IS NOT NULL GROUP BY 2, n.len;
CREATE UNIQUE INDEX "project_bitmap_facet_value_key" ON "project_bitmap"("facet", "value");

-- Budgets and grants in 128 slices of equal size: a range filter ORs the slices inside it and checks the projects of
-- the (at most two) slices it cuts through one by one.
CREATE MATERIALIZED VIEW "amount_bitmap" AS
WITH n AS (SELECT public.atlas_bit_length() AS len),
a AS (SELECT 'total'::text AS amount, id, total_budget AS value FROM public.project WHERE total_budget IS NOT NULL
      UNION ALL SELECT 'grant', id, grant_amount FROM public.project WHERE grant_amount IS NOT NULL),
s AS (SELECT amount, id, value, ntile(128) OVER (PARTITION BY amount ORDER BY value) AS slice FROM a)
SELECT s.amount, s.slice, min(s.value) AS low, max(s.value) AS high, public.atlas_ids_to_bits(array_agg(s.id), n.len) AS bits
FROM s, n GROUP BY s.amount, s.slice, n.len;
CREATE UNIQUE INDEX "amount_bitmap_amount_slice_key" ON "amount_bitmap"("amount", "slice");

-- Every lexeme of the search index: a bit string when it is common, the list of project ids when it is rare; for
-- relevance, also the projects having it in their title or acronym (weight A), and in those or the names of their
-- partners, places and themes (weights A and B).
CREATE MATERIALIZED VIEW "word_bitmap" AS
WITH n AS (SELECT public.atlas_bit_length() AS len),
w AS (SELECT l.lexeme, array_agg(p.id) AS ids,
             coalesce(array_agg(p.id) FILTER (WHERE 'A' = ANY(l.weights)), '{}') AS ids_a,
             coalesce(array_agg(p.id) FILTER (WHERE l.weights && ARRAY['A', 'B']), '{}') AS ids_ab
      FROM public.project p CROSS JOIN LATERAL unnest(p.search_vector) l GROUP BY l.lexeme)
SELECT w.lexeme COLLATE "C" AS lexeme, cardinality(w.ids) AS documents,
       CASE WHEN cardinality(w.ids) >= 256 THEN public.atlas_ids_to_bits(w.ids, n.len) END AS bits,
       CASE WHEN cardinality(w.ids) < 256 THEN w.ids END AS ids,
       CASE WHEN cardinality(w.ids_a) >= 256 THEN public.atlas_ids_to_bits(w.ids_a, n.len) END AS bits_a,
       CASE WHEN cardinality(w.ids_a) < 256 THEN w.ids_a END AS ids_a,
       CASE WHEN cardinality(w.ids_ab) >= 256 THEN public.atlas_ids_to_bits(w.ids_ab, n.len) END AS bits_ab,
       CASE WHEN cardinality(w.ids_ab) < 256 THEN w.ids_ab END AS ids_ab
FROM w, n;
CREATE UNIQUE INDEX "word_bitmap_lexeme_key" ON "word_bitmap"("lexeme");

-- The bits of the projects having one of `vals` in `facet` (zeros when none does).
CREATE FUNCTION "atlas_bits"(facet text, vals text[]) RETURNS varbit LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT bit_or(b.bits) FROM public.project_bitmap b WHERE b.facet = $1 AND b.value = ANY($2)),
                  (SELECT b.bits FROM public.project_bitmap b WHERE b.facet = 'none'))
$$;

-- Projects active in or after year `y` (coalesce(end, start) ≥ 1 January), or in or before it (coalesce(start, end) ≤
-- 31 December): the same conditions as lib/catalogue/project-where.ts.
CREATE FUNCTION "atlas_year_bits"(bound text, y int) RETURNS varbit LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT bit_or(b.bits) FROM public.project_bitmap b
                   WHERE (bound = 'from' AND b.facet = 'last-year' AND b.value::int >= y) OR (bound = 'to' AND b.facet = 'first-year' AND b.value::int <= y)),
                  (SELECT b.bits FROM public.project_bitmap b WHERE b.facet = 'none'))
$$;

-- Projects whose total budget ('total') or grant ('grant') lies within [low, high] (either bound may be NULL): the
-- slices inside the range, plus the projects below the lowest or above the highest of them, read from the index.
CREATE FUNCTION "atlas_amount_bits"(amount text, low bigint, high bigint) RETURNS varbit LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  lo bigint := coalesce(low, -9223372036854775808);
  hi bigint := coalesce(high, 9223372036854775807);
  inside varbit;
  inner_low bigint;
  inner_high bigint;
  edge int[];
BEGIN
  SELECT bit_or(b.bits), min(b.low), max(b.high) INTO inside, inner_low, inner_high
  FROM public.amount_bitmap b WHERE b.amount = $1 AND b.low >= lo AND b.high <= hi;
  IF inside IS NULL THEN
    inner_low := hi;
    inner_high := hi;
  END IF;
  IF amount = 'total' THEN
    edge := array(SELECT p.id FROM public.project p WHERE p.total_budget >= lo AND p.total_budget <= inner_low
                  UNION ALL SELECT p.id FROM public.project p WHERE p.total_budget >= inner_high AND p.total_budget <= hi);
  ELSE
    edge := array(SELECT p.id FROM public.project p WHERE p.grant_amount >= lo AND p.grant_amount <= inner_low
                  UNION ALL SELECT p.id FROM public.project p WHERE p.grant_amount >= inner_high AND p.grant_amount <= hi);
  END IF;
  RETURN coalesce(inside, public.atlas_bits('none', '{}')) | public.atlas_ids_to_bits(edge, public.atlas_bit_length());
END
$$;

-- Status as of today, with the rules of STATUS_SQL in lib/catalogue/project-where.ts: completed when the end is
-- past; planned when the start is ahead; ongoing when an end is stated; otherwise not stated.
CREATE FUNCTION "atlas_status_bits"() RETURNS TABLE(status text, bits varbit) LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  this_month text := to_char(CURRENT_DATE, 'YYYY-MM');
  month_start date := date_trunc('month', CURRENT_DATE)::date;
  len int := public.atlas_bit_length();
  none varbit := public.atlas_bits('none', '{}');
  completed varbit;
  planned varbit;
  ongoing varbit;
BEGIN
  SELECT coalesce((SELECT b.bits FROM public.project_bitmap b WHERE b.facet = 'ended-by' AND b.value < this_month ORDER BY b.value DESC LIMIT 1), none)
       | public.atlas_ids_to_bits(array(SELECT p.id FROM public.project p WHERE p.end_date >= month_start AND p.end_date < CURRENT_DATE), len)
    INTO completed;
  SELECT (coalesce((SELECT b.bits FROM public.project_bitmap b WHERE b.facet = 'starting-from' AND b.value > this_month ORDER BY b.value LIMIT 1), none)
       | public.atlas_ids_to_bits(array(SELECT p.id FROM public.project p WHERE p.start_date > CURRENT_DATE AND p.start_date < month_start + interval '1 month'), len))
       & ~completed
    INTO planned;
  ongoing := public.atlas_bits('end-stated', '{""}') & ~completed & ~planned;
  RETURN QUERY VALUES ('completed', completed), ('planned', planned), ('ongoing', ongoing),
    ('not-stated', public.atlas_bits('all', '{""}') & ~completed & ~planned & ~ongoing);
END
$$;

-- Prefixes that begin many lexemes (every prefix of one or two letters; of three letters, those of 32 lexemes or more),
-- with the projects of all those lexemes (anywhere; in the title; in the title or names).
CREATE MATERIALIZED VIEW "prefix_bitmap" AS
WITH n AS (SELECT public.atlas_bit_length() AS len),
p AS (SELECT left(w.lexeme, k) AS prefix, w.* FROM public.word_bitmap w, generate_series(1, 3) AS k WHERE length(w.lexeme) >= k),
wide AS (SELECT p.prefix FROM p GROUP BY p.prefix HAVING length(p.prefix) <= 2 OR count(*) >= 32),
common AS (SELECT p.prefix, bit_or(p.bits) AS bits, bit_or(p.bits_a) AS bits_a, bit_or(p.bits_ab) AS bits_ab FROM p JOIN wide USING (prefix) GROUP BY p.prefix),
rare AS (SELECT p.prefix, array_agg(x.id) FILTER (WHERE x.kind = 0) AS ids, array_agg(x.id) FILTER (WHERE x.kind = 1) AS ids_a,
                array_agg(x.id) FILTER (WHERE x.kind = 2) AS ids_ab
         FROM p JOIN wide USING (prefix) CROSS JOIN LATERAL (SELECT 0 AS kind, unnest(p.ids) AS id UNION ALL SELECT 1, unnest(p.ids_a) UNION ALL SELECT 2, unnest(p.ids_ab)) x
         GROUP BY p.prefix)
SELECT common.prefix COLLATE "C" AS prefix,
       coalesce(common.bits, public.atlas_ids_to_bits('{}', n.len)) | public.atlas_ids_to_bits(rare.ids, n.len) AS bits,
       coalesce(common.bits_a, public.atlas_ids_to_bits('{}', n.len)) | public.atlas_ids_to_bits(rare.ids_a, n.len) AS bits_a,
       coalesce(common.bits_ab, public.atlas_ids_to_bits('{}', n.len)) | public.atlas_ids_to_bits(rare.ids_ab, n.len) AS bits_ab
FROM common LEFT JOIN rare ON rare.prefix = common.prefix CROSS JOIN n;
CREATE UNIQUE INDEX "prefix_bitmap_prefix_key" ON "prefix_bitmap"("prefix");

-- Projects having a lexeme that begins with `word` (a search word w matches as w:*): anywhere (`part` 'all'), in the
-- title ('a'), or in the title or names ('ab'). A prefix of many lexemes is read whole from prefix_bitmap; otherwise
-- the lexemes sort in byte order, so the prefix is a range of the word_bitmap index.
CREATE FUNCTION "atlas_word_bits"(word text, part text DEFAULT 'all') RETURNS varbit LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH m AS (SELECT CASE part WHEN 'a' THEN w.bits_a WHEN 'ab' THEN w.bits_ab ELSE w.bits END AS bits,
                    CASE part WHEN 'a' THEN w.ids_a WHEN 'ab' THEN w.ids_ab ELSE w.ids END AS ids
             FROM public.word_bitmap w
             WHERE w.lexeme >= word AND w.lexeme <= word || chr(1114111) AND starts_with(w.lexeme, word))
  SELECT coalesce(
    (SELECT CASE part WHEN 'a' THEN b.bits_a WHEN 'ab' THEN b.bits_ab ELSE b.bits END FROM public.prefix_bitmap b WHERE b.prefix = word),
    (SELECT coalesce(bit_or(m.bits), public.atlas_bits('none', '{}')) | public.atlas_ids_to_bits(array(SELECT unnest(m.ids) FROM m), public.atlas_bit_length()) FROM m))
$$;

-- Projects having exactly the lexeme `lexeme` (a quoted phrase that stop words reduce to one word).
CREATE FUNCTION "atlas_lexeme_bits"(lexeme text) RETURNS varbit LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce((SELECT w.bits FROM public.word_bitmap w WHERE w.lexeme = $1), public.atlas_bits('none', '{}'))
       | public.atlas_ids_to_bits((SELECT w.ids FROM public.word_bitmap w WHERE w.lexeme = $1), public.atlas_bit_length())
$$;

-- Projects matching a tsquery through the GIN index (phrases and other rare shapes of search).
CREATE FUNCTION "atlas_tsquery_bits"(query text) RETURNS varbit LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT public.atlas_ids_to_bits(array(SELECT p.id FROM public.project p WHERE p.search_vector @@ to_tsquery('atlas', query)), public.atlas_bit_length())
$$;

-- Sort indexes that also hold the id: a filtered page walks one of them in order, testing each id's bit, without
-- reading the table (an index-only scan). Not expressible in schema.prisma (INCLUDE, DESC NULLS LAST); listed in
-- tests/integration/schema-matches-migrations.test.ts.
DROP INDEX "project_sort_name_slug_idx";
DROP INDEX "project_total_budget_idx";
DROP INDEX "project_grant_amount_idx";
DROP INDEX "project_start_date_idx";
DROP INDEX "project_total_budget_desc_idx";
DROP INDEX "project_grant_amount_desc_idx";
DROP INDEX "project_start_date_desc_idx";
CREATE INDEX "project_sort_name_slug_idx" ON "project"("sort_name", "slug") INCLUDE ("id");
CREATE INDEX "project_total_budget_asc_idx" ON "project"("total_budget", "slug") INCLUDE ("id");
CREATE INDEX "project_total_budget_desc_idx" ON "project"("total_budget" DESC NULLS LAST, "slug") INCLUDE ("id");
CREATE INDEX "project_grant_amount_asc_idx" ON "project"("grant_amount", "slug") INCLUDE ("id");
CREATE INDEX "project_grant_amount_desc_idx" ON "project"("grant_amount" DESC NULLS LAST, "slug") INCLUDE ("id");
CREATE INDEX "project_start_date_asc_idx" ON "project"("start_date", "slug") INCLUDE ("id");
CREATE INDEX "project_start_date_desc_idx" ON "project"("start_date" DESC NULLS LAST, "slug") INCLUDE ("id");

-- Achieved result figures per unit and project, with the projects of each unit as bits: the totals of a filtered
-- view add up one row per unit and project.
CREATE MATERIALIZED VIEW "result_figure" AS
SELECT r.unit, r.project_id, sum(r.figure)::float8 AS figure
FROM public.result r WHERE r.figure IS NOT NULL AND r.unit IS NOT NULL AND NOT r.expected GROUP BY r.unit, r.project_id;
CREATE UNIQUE INDEX "result_figure_unit_project_key" ON "result_figure"("unit", "project_id") INCLUDE ("figure");
-- Figures that are not whole numbers from 0 to 2^48 (none so far) are added up one by one; the others by bits.
CREATE MATERIALIZED VIEW "result_odd_figure" AS
SELECT r.unit, r.project_id, r.figure FROM public.result_figure r
WHERE r.figure <> trunc(r.figure) OR r.figure < 0 OR r.figure >= 281474976710656;

-- Result totals by bits: for each unit, the projects reporting it (slice -1) and, for the whole-number figures, one
-- bit string per binary digit (slice k: projects whose figure has bit k set). The sum over a filtered view is then
-- Σ 2^k · bit_count(view & slice k), exact, whatever the number of projects.
CREATE MATERIALIZED VIEW "result_bitmap" AS
WITH n AS (SELECT public.atlas_bit_length() AS len),
f AS (SELECT r.unit, r.project_id, r.figure FROM public.result_figure r
      WHERE r.figure = trunc(r.figure) AND r.figure >= 0 AND r.figure < 281474976710656)
          SELECT r.unit, -1 AS slice, public.atlas_ids_to_bits(array_agg(r.project_id), n.len) AS bits FROM public.result_figure r, n GROUP BY r.unit, n.len
UNION ALL SELECT f.unit, k, public.atlas_ids_to_bits(array_agg(f.project_id), n.len)
          FROM f CROSS JOIN LATERAL generate_series(0, floor(log(2, greatest(f.figure, 1)::numeric))::int) AS k, n
          WHERE (f.figure::bigint >> k) & 1 = 1 GROUP BY f.unit, k, n.len;
CREATE UNIQUE INDEX "result_bitmap_unit_slice_key" ON "result_bitmap"("unit", "slice");

-- Country pages: the countries a country works with (projects in common), and its organisations, most active first.
CREATE MATERIALIZED VIEW "country_partner" AS
SELECT a.country_code AS code, b.country_code AS partner, count(*)::int AS projects
FROM public.project_country a JOIN public.project_country b ON b.project_id = a.project_id AND b.country_code <> a.country_code
GROUP BY a.country_code, b.country_code;
CREATE UNIQUE INDEX "country_partner_code_partner_key" ON "country_partner"("code", "partner");

CREATE MATERIALIZED VIEW "country_organisation" AS
SELECT c.country_code, o.id AS organisation_id, o.slug, o.name, t.participations
FROM (SELECT DISTINCT country_code, organisation_id FROM public.participation WHERE country_code IS NOT NULL) c
JOIN public.organisation o ON o.id = c.organisation_id
JOIN (SELECT organisation_id, count(*)::int AS participations FROM public.participation GROUP BY organisation_id) t ON t.organisation_id = o.id;
CREATE UNIQUE INDEX "country_organisation_key" ON "country_organisation"("country_code", "participations" DESC, "name", "organisation_id");

CREATE MATERIALIZED VIEW "region_stats" AS
SELECT r.id AS region_id, r.country_code, r.name, count(*)::int AS projects
FROM public.region r JOIN public.project_region pr ON pr.region_id = r.id GROUP BY r.id;
CREATE UNIQUE INDEX "region_stats_country_name_key" ON "region_stats"("country_code", "name", "region_id");

-- A region's first projects read in order from the index.
DROP INDEX "project_region_region_id_idx";
CREATE INDEX "project_region_region_id_project_id_idx" ON "project_region"("region_id", "project_id");
