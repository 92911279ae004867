-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('brochure', 'web_page');

-- CreateEnum
CREATE TYPE "ProgrammeKind" AS ENUM ('fund', 'programme_family', 'strand', 'programme');

-- CreateEnum
CREATE TYPE "Funder" AS ENUM ('EU', 'EEA');

-- CreateEnum
CREATE TYPE "ParticipationRole" AS ENUM ('lead', 'coordinator', 'promoter', 'beneficiary', 'partner', 'associated');

-- CreateTable
CREATE TABLE "source_document" (
    "id" SERIAL NOT NULL,
    "file" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "kind" "SourceKind" NOT NULL,
    "language" TEXT NOT NULL,
    "date" TEXT,
    "description" TEXT NOT NULL,

    CONSTRAINT "source_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "ProgrammeKind" NOT NULL,
    "funder" "Funder" NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "parent_id" INTEGER,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "region" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "country_code" CHAR(2),

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_alias" (
    "id" SERIAL NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "organisation_alias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation_source" (
    "organisation_id" INTEGER NOT NULL,
    "source_document_id" INTEGER NOT NULL,

    CONSTRAINT "organisation_source_pkey" PRIMARY KEY ("organisation_id","source_document_id")
);

-- CreateTable
CREATE TABLE "project" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "acronym" TEXT,
    "title" TEXT NOT NULL,
    "title_is_editorial" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "programme_id" INTEGER,
    "start_text" TEXT,
    "end_text" TEXT,
    "start_date" DATE,
    "end_date" DATE,
    "total_budget" INTEGER,
    "grant_amount" INTEGER,
    "stated_partner_count" INTEGER,
    "source_document_id" INTEGER NOT NULL,
    "source_pages" TEXT[],
    "search_text" TEXT NOT NULL DEFAULT '',
    "search_vector" tsvector,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_country" (
    "project_id" INTEGER NOT NULL,
    "country_code" CHAR(2) NOT NULL,

    CONSTRAINT "project_country_pkey" PRIMARY KEY ("project_id","country_code")
);

-- CreateTable
CREATE TABLE "project_region" (
    "project_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "project_region_pkey" PRIMARY KEY ("project_id","region_id")
);

-- CreateTable
CREATE TABLE "participation" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "organisation_id" INTEGER NOT NULL,
    "role" "ParticipationRole" NOT NULL,
    "name_as_stated" TEXT NOT NULL,
    "country_code" CHAR(2),
    "position" INTEGER NOT NULL,

    CONSTRAINT "participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objective" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "result" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "figure" DOUBLE PRECISION,
    "unit" TEXT,
    "expected" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "result_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "start_text" TEXT,
    "end_text" TEXT,
    "start_date" DATE,
    "end_date" DATE,
    "place" TEXT,
    "country_code" CHAR(2),
    "online" BOOLEAN,
    "description" TEXT,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_item" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "date_text" TEXT,
    "time" TEXT,
    "title" TEXT NOT NULL,

    CONSTRAINT "agenda_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "theme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_theme" (
    "project_id" INTEGER NOT NULL,
    "theme_id" INTEGER NOT NULL,

    CONSTRAINT "project_theme_pkey" PRIMARY KEY ("project_id","theme_id")
);

-- CreateTable
CREATE TABLE "target_group" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "target_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_target_group" (
    "project_id" INTEGER NOT NULL,
    "target_group_id" INTEGER NOT NULL,

    CONSTRAINT "project_target_group_pkey" PRIMARY KEY ("project_id","target_group_id")
);

-- CreateTable
CREATE TABLE "project_link" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "project_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quality_flag" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "reading" TEXT,
    "note" TEXT NOT NULL,

    CONSTRAINT "quality_flag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "periods" TEXT[],
    "totals" INTEGER[],
    "note" TEXT,
    "source_document_id" INTEGER NOT NULL,
    "source_pages" TEXT[],

    CONSTRAINT "dataset_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_row" (
    "id" SERIAL NOT NULL,
    "dataset_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "programme_id" INTEGER,
    "values" INTEGER[],

    CONSTRAINT "dataset_row_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_document_file_key" ON "source_document"("file");
CREATE UNIQUE INDEX "programme_slug_key" ON "programme"("slug");
CREATE INDEX "programme_parent_id_idx" ON "programme"("parent_id");
CREATE UNIQUE INDEX "region_country_code_name_key" ON "region"("country_code", "name");
CREATE UNIQUE INDEX "organisation_slug_key" ON "organisation"("slug");
CREATE INDEX "organisation_country_code_idx" ON "organisation"("country_code");
CREATE UNIQUE INDEX "organisation_alias_organisation_id_name_key" ON "organisation_alias"("organisation_id", "name");
CREATE INDEX "organisation_source_source_document_id_idx" ON "organisation_source"("source_document_id");
CREATE UNIQUE INDEX "project_slug_key" ON "project"("slug");
CREATE INDEX "project_programme_id_idx" ON "project"("programme_id");
CREATE INDEX "project_total_budget_idx" ON "project"("total_budget");
CREATE INDEX "project_grant_amount_idx" ON "project"("grant_amount");
CREATE INDEX "project_start_date_idx" ON "project"("start_date");
CREATE INDEX "project_end_date_idx" ON "project"("end_date");
CREATE INDEX "project_search_vector_idx" ON "project" USING GIN ("search_vector");
CREATE INDEX "project_country_country_code_project_id_idx" ON "project_country"("country_code", "project_id");
CREATE INDEX "project_region_region_id_idx" ON "project_region"("region_id");
CREATE UNIQUE INDEX "participation_project_id_organisation_id_key" ON "participation"("project_id", "organisation_id");
CREATE INDEX "participation_organisation_id_idx" ON "participation"("organisation_id");
CREATE INDEX "participation_country_code_role_project_id_idx" ON "participation"("country_code", "role", "project_id");
CREATE INDEX "objective_project_id_idx" ON "objective"("project_id");
CREATE INDEX "result_project_id_idx" ON "result"("project_id");
CREATE INDEX "result_unit_idx" ON "result"("unit");
CREATE INDEX "event_project_id_idx" ON "event"("project_id");
CREATE INDEX "event_start_date_idx" ON "event"("start_date");
CREATE INDEX "agenda_item_event_id_idx" ON "agenda_item"("event_id");
CREATE UNIQUE INDEX "theme_slug_key" ON "theme"("slug");
CREATE INDEX "project_theme_theme_id_project_id_idx" ON "project_theme"("theme_id", "project_id");
CREATE UNIQUE INDEX "target_group_slug_key" ON "target_group"("slug");
CREATE INDEX "project_target_group_target_group_id_project_id_idx" ON "project_target_group"("target_group_id", "project_id");
CREATE INDEX "project_link_project_id_idx" ON "project_link"("project_id");
CREATE INDEX "quality_flag_project_id_idx" ON "quality_flag"("project_id");
CREATE UNIQUE INDEX "dataset_slug_key" ON "dataset"("slug");
CREATE INDEX "dataset_row_dataset_id_idx" ON "dataset_row"("dataset_id");

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "region" ADD CONSTRAINT "region_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "organisation_alias" ADD CONSTRAINT "organisation_alias_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation_source" ADD CONSTRAINT "organisation_source_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation_source" ADD CONSTRAINT "organisation_source_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project" ADD CONSTRAINT "project_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "project" ADD CONSTRAINT "project_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "project_country" ADD CONSTRAINT "project_country_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_country" ADD CONSTRAINT "project_country_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "project_region" ADD CONSTRAINT "project_region_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_region" ADD CONSTRAINT "project_region_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "participation" ADD CONSTRAINT "participation_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participation" ADD CONSTRAINT "participation_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "participation" ADD CONSTRAINT "participation_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "objective" ADD CONSTRAINT "objective_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "result" ADD CONSTRAINT "result_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event" ADD CONSTRAINT "event_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event" ADD CONSTRAINT "event_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_theme" ADD CONSTRAINT "project_theme_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_theme" ADD CONSTRAINT "project_theme_theme_id_fkey" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "project_target_group" ADD CONSTRAINT "project_target_group_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "project_target_group" ADD CONSTRAINT "project_target_group_target_group_id_fkey" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "project_link" ADD CONSTRAINT "project_link_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quality_flag" ADD CONSTRAINT "quality_flag_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dataset" ADD CONSTRAINT "dataset_source_document_id_fkey" FOREIGN KEY ("source_document_id") REFERENCES "source_document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "dataset_row" ADD CONSTRAINT "dataset_row_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dataset_row" ADD CONSTRAINT "dataset_row_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "seed_run" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "projects" INTEGER NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_run_pkey" PRIMARY KEY ("id")
);
