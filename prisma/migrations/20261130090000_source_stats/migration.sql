-- The About page: what was extracted from each source document, counted once per seed; and a source's projects by slug.
-- (IF NOT EXISTS: databases migrated between commits 37ecf5e and this one got these objects from an edited copy of
-- 20261123210000_bitmap_index; lib/db/migrate.ts accepts that copy's checksum once, and this migration is a no-op there.)
CREATE MATERIALIZED VIEW IF NOT EXISTS "source_stats" AS
SELECT s.id AS source_document_id,
  (SELECT count(*)::int FROM public.project p WHERE p.source_document_id = s.id) AS projects,
  (SELECT count(*)::int FROM public.organisation_source o WHERE o.source_document_id = s.id) AS organisations,
  (SELECT count(*)::int FROM public.participation x JOIN public.project y ON y.id = x.project_id WHERE y.source_document_id = s.id) AS participations,
  (SELECT count(*)::int FROM public.result x JOIN public.project y ON y.id = x.project_id WHERE y.source_document_id = s.id) AS results,
  (SELECT count(*)::int FROM public.event x JOIN public.project y ON y.id = x.project_id WHERE y.source_document_id = s.id) AS events
FROM public.source_document s;
CREATE UNIQUE INDEX IF NOT EXISTS "source_stats_source_document_id_key" ON "source_stats"("source_document_id");
CREATE INDEX IF NOT EXISTS "project_source_document_id_slug_idx" ON "project"("source_document_id", "slug");
