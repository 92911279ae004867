-- Covering indexes for the statements that dominated cold page renders at 100,000 projects (measured with
-- pg_stat_statements by `npm run bench`; docs/performance.md):
-- * projects by start year, over the bitmap index's matching set: an index-only scan instead of reading every
--   project row (wide, with texts and search vectors); the related-projects ranking reads slugs from it too;
-- * related projects: the projects of a project's partners without a heap fetch per participation;
-- * planned result figures: only the few planned rows, without reading the result table.
CREATE INDEX "project_id_start_budget_idx" ON "project"("id") INCLUDE ("slug", "start_date", "total_budget");
CREATE INDEX "participation_organisation_id_project_id_idx" ON "participation"("organisation_id") INCLUDE ("project_id");
CREATE INDEX "result_planned_idx" ON "result"("project_id") INCLUDE ("unit", "figure")
  WHERE "expected" AND "figure" IS NOT NULL AND "unit" IS NOT NULL;
