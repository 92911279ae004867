-- Sources named for readers: a stable slug (the /about anchor), a short title for citations, whether the title is
-- ours, and the document's own address when it states one. Nullable so that the synthetic benchmark source, which
-- has none of these, still loads; every real source has slug and short title (content/sources.json requires them).
ALTER TABLE "source_document" ADD COLUMN "slug" TEXT;
ALTER TABLE "source_document" ADD COLUMN "title_is_editorial" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "source_document" ADD COLUMN "short_title" TEXT;
ALTER TABLE "source_document" ADD COLUMN "url" TEXT;
CREATE UNIQUE INDEX "source_document_slug_key" ON "source_document"("slug");
