// All projects matching a set of filters, in display order, fetched in batches so that memory stays flat.
import { db } from "../db/client";
import { getProgrammeTree } from "../catalogue/programme-tree";
import { matchingProjectIds } from "../catalogue/search-projects";
import type { ProjectFilters } from "../filters/project-filters";
import { projectExportSelect, type ProjectExportRow } from "./project-columns";

const BATCH = 500;

export async function* projectRows(filters: ProjectFilters): AsyncGenerator<ProjectExportRow> {
  const ids = await matchingProjectIds(filters, await getProgrammeTree());
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const rows = await db().project.findMany({ where: { id: { in: batch } }, select: { id: true, ...projectExportSelect } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield row;
    }
  }
}
