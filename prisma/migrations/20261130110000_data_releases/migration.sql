-- Data releases: each content seed that changes the content records a release, what changed per project and field,
-- and a snapshot of the compared fields to diff the next release against. Not catalogue tables: the seed's TRUNCATE
-- leaves them alone, so the history survives every seed.

-- CreateEnum
CREATE TYPE "ReleaseChangeKind" AS ENUM ('added', 'removed', 'changed');

-- CreateTable
CREATE TABLE "data_release" (
    "id" SERIAL NOT NULL,
    "content_hash" TEXT NOT NULL,
    "released_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "projects" INTEGER NOT NULL,
    "organisations" INTEGER NOT NULL,
    "partners" INTEGER NOT NULL,
    "total_budget" BIGINT,
    "added" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "changed" INTEGER NOT NULL,

    CONSTRAINT "data_release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release_change" (
    "id" SERIAL NOT NULL,
    "release_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "project_slug" TEXT NOT NULL,
    "project_name" TEXT NOT NULL,
    "kind" "ReleaseChangeKind" NOT NULL,
    "field" TEXT,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "release_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release_project" (
    "release_id" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "release_project_pkey" PRIMARY KEY ("release_id","slug")
);

-- CreateIndex
CREATE INDEX "release_change_release_id_position_idx" ON "release_change"("release_id", "position");
CREATE INDEX "release_change_project_slug_idx" ON "release_change"("project_slug");

-- AddForeignKey
ALTER TABLE "release_change" ADD CONSTRAINT "release_change_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "data_release"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "release_project" ADD CONSTRAINT "release_project_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "data_release"("id") ON DELETE CASCADE ON UPDATE CASCADE;
