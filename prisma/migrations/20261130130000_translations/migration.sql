-- Translated editorial text (content/translations/<locale>.json, docs/i18n.md) and search across languages.
-- Titles and organisation names are facts and are never translated; only the catalogue's own English text is.

-- A project's summary, description, objectives and results in one language; objectives and results follow the
-- English order one to one (results as [{"text", "unit"}]). A project without a row shows its English text.
CREATE TABLE "project_translation" (
    "project_id" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "objectives" TEXT[],
    "results" JSONB NOT NULL,

    CONSTRAINT "project_translation_pkey" PRIMARY KEY ("project_id", "locale")
);
ALTER TABLE "project_translation" ADD CONSTRAINT "project_translation_project_id_fkey"
    FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The name and definition (a programme's description) of a programme, theme or target group in one language, by slug.
CREATE TABLE "term_translation" (
    "kind" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,

    CONSTRAINT "term_translation_pkey" PRIMARY KEY ("kind", "slug", "locale"),
    CONSTRAINT "term_translation_kind_check" CHECK ("kind" IN ('programme', 'theme', 'target_group'))
);

-- One text search configuration per language, accent-folded like "atlas" (20261123180100_search): the language's
-- own stemmer and stop words after unaccent. PostgreSQL has no Ukrainian stemmer, so Ukrainian is folded only.
CREATE TEXT SEARCH CONFIGURATION "atlas_de" ( COPY = german );
ALTER TEXT SEARCH CONFIGURATION "atlas_de" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION "atlas_fr" ( COPY = french );
ALTER TEXT SEARCH CONFIGURATION "atlas_fr" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION "atlas_it" ( COPY = italian );
ALTER TEXT SEARCH CONFIGURATION "atlas_it" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
CREATE TEXT SEARCH CONFIGURATION "atlas_ar" ( COPY = arabic );
ALTER TEXT SEARCH CONFIGURATION "atlas_ar" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, arabic_stem;
CREATE TEXT SEARCH CONFIGURATION "atlas_uk" ( COPY = simple );
ALTER TEXT SEARCH CONFIGURATION "atlas_uk" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- The configuration of a language code; English (and anything unknown) is "atlas".
CREATE FUNCTION "atlas_locale_config"(locale text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE locale
    WHEN 'de' THEN 'public.atlas_de'::regconfig
    WHEN 'fr' THEN 'public.atlas_fr'::regconfig
    WHEN 'it' THEN 'public.atlas_it'::regconfig
    WHEN 'uk' THEN 'public.atlas_uk'::regconfig
    WHEN 'ar' THEN 'public.atlas_ar'::regconfig
    ELSE 'public.atlas'::regconfig END
$$;

-- The union of tsvectors (the search index adds one per translation to a project's own).
CREATE AGGREGATE "atlas_tsvector_agg"(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- A searched word or phrase read in English ("atlas") or in the query's language: the projects whose index has it
-- under either reading, through the GIN index (phrases and words either configuration splits).
CREATE FUNCTION "atlas_tsquery_bits"(query text, config regconfig) RETURNS varbit LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT public.atlas_ids_to_bits(array(SELECT p.id FROM public.project p
                                        WHERE p.search_vector @@ (to_tsquery('public.atlas', query) || to_tsquery(config, query))),
                                  public.atlas_bit_length())
$$;
