-- Full-text search that ignores accents and case: "ostergotland" finds "Östergötland".
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- English stemming after accent folding; words in other languages pass through unstemmed but folded.
CREATE TEXT SEARCH CONFIGURATION "atlas" ( COPY = english );
ALTER TEXT SEARCH CONFIGURATION "atlas"
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- Trigram index for "did you mean" suggestions and organisation name search.
CREATE INDEX "organisation_name_trgm_idx" ON "organisation" USING GIN ("name" gin_trgm_ops);
