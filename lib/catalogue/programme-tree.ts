// The programme hierarchy, loaded once per request: small, and needed to expand a programme to its descendants.
import { cache } from "react";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export const programmeNodeSelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  kind: true,
  funder: true,
  parentId: true,
  position: true,
} satisfies Prisma.ProgrammeSelect;

export type ProgrammeNode = Prisma.ProgrammeGetPayload<{ select: typeof programmeNodeSelect }>;

/** Cached per request (React cache): the list, facets, totals and breadcrumbs of one render share one query. */
export const getProgrammeTree = cache(async (): Promise<ProgrammeNode[]> => {
  return db().programme.findMany({ select: programmeNodeSelect, orderBy: { position: "asc" } });
});

/** Ids of the programmes named by `slugs` and of all their descendants. */
export function expandProgrammes(tree: ProgrammeNode[], slugs: string[]): number[] {
  const ids = new Set(tree.filter((p) => slugs.includes(p.slug)).map((p) => p.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of tree) {
      if (p.parentId !== null && ids.has(p.parentId) && !ids.has(p.id)) {
        ids.add(p.id);
        grew = true;
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}

/** Ancestors first, e.g. ERDF › Interreg › Interreg B › Interreg Central Europe. */
export function programmePath(tree: ProgrammeNode[], id: number | null): ProgrammeNode[] {
  const byId = new Map(tree.map((p) => [p.id, p]));
  const path: ProgrammeNode[] = [];
  for (
    let node = id === null ? undefined : byId.get(id);
    node;
    node = node.parentId === null ? undefined : byId.get(node.parentId)
  ) {
    path.unshift(node);
  }
  return path;
}
