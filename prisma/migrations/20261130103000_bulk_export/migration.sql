-- Whole-catalogue exports, produced once per seed by the server's export pool and served as files: the gzip bytes,
-- with the uncompressed size and SHA-256 that the downloads list states. Kept in PostgreSQL so that every app process
-- behind a shared HTTP cache serves the same files; rows of older seeds are deleted when a new set is complete.
CREATE TABLE "bulk_export" (
    "seed_run_id" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "bytes" BIGINT NOT NULL,
    "gzip_bytes" BIGINT NOT NULL,
    "sha256" TEXT NOT NULL,
    "gzip" BYTEA NOT NULL,
    "produced_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bulk_export_pkey" PRIMARY KEY ("seed_run_id", "path")
);
