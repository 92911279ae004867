// The newest projects of any /projects view, for its Atom feed ("new projects in Croatia about employment").
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import type { ProjectFilters } from "../filters/project-filters";
import { expandProgrammes, getProgrammeTree } from "./programme-tree";
import { projectConditions } from "./project-where";
import { queryRows } from "./query-rows";
import { withResolvedSearch } from "./search-resolve";

const newProjectRow = z.object({
  slug: z.string(),
  acronym: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  created_at: z.date(),
});
export type NewProject = z.infer<typeof newProjectRow>;

export async function newestProjects(filters: ProjectFilters, limit: number): Promise<NewProject[]> {
  // Whole words first, as on /projects (lib/catalogue/search-resolve.ts).
  const where = projectConditions(
    await withResolvedSearch(filters),
    expandProgrammes(await getProgrammeTree(), filters.programme),
  );
  return queryRows(
    newProjectRow,
    Prisma.sql`SELECT p.slug, p.acronym, p.title, p.summary, p.created_at FROM project p WHERE ${where} ORDER BY p.created_at DESC, p.slug LIMIT ${limit}`,
  );
}
