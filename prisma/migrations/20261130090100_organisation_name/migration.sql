-- Organisation search: every name, short name and alias, lower case without accents, under a trigram index.
-- (IF NOT EXISTS: see 20261130090000_source_stats.)
CREATE MATERIALIZED VIEW IF NOT EXISTS "organisation_name" AS
          SELECT o.id AS organisation_id, public.unaccent('public.unaccent'::regdictionary, lower(o.name)) AS folded FROM public.organisation o
UNION     SELECT o.id, public.unaccent('public.unaccent'::regdictionary, lower(o.short_name)) FROM public.organisation o WHERE o.short_name IS NOT NULL
UNION     SELECT a.organisation_id, public.unaccent('public.unaccent'::regdictionary, lower(a.name)) FROM public.organisation_alias a;
CREATE INDEX IF NOT EXISTS "organisation_name_folded_trgm_idx" ON "organisation_name" USING GIN ("folded" public.gin_trgm_ops);
