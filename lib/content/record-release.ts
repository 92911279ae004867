// Records a data release inside the seed's transaction: the diff against the previous release's snapshot, the counts,
// and the new snapshot. Release tables are not catalogue tables, so they outlive the TRUNCATE of every seed.
import type { Prisma } from "../db/generated/client";
import type { Catalogue } from "./load";
import { diffReleases, releaseSnapshot, snapshotOf } from "./release-diff";

/** The new release's id, or null when the content is the last release's (a forced re-seed of the same files). */
export async function recordRelease(
  tx: Prisma.TransactionClient,
  catalogue: Catalogue,
  contentHash: string,
): Promise<number | null> {
  const last = await tx.dataRelease.findFirst({ orderBy: { id: "desc" }, select: { id: true, contentHash: true } });
  if (last?.contentHash === contentHash) return null;
  const stored = last
    ? await tx.releaseProject.findMany({ where: { releaseId: last.id }, select: { slug: true, snapshot: true } })
    : [];
  const previous = new Map(stored.map((r) => [r.slug, releaseSnapshot.parse(r.snapshot)]));
  const next = new Map(catalogue.projects.map((p) => [p.slug, snapshotOf(p, catalogue)]));
  const diff = diffReleases(previous, next);
  const budgets = catalogue.projects.flatMap((p) => (p.budget.total === null ? [] : [BigInt(p.budget.total)]));
  const release = await tx.dataRelease.create({
    data: {
      contentHash,
      projects: catalogue.projects.length,
      organisations: catalogue.organisations.length,
      partners: catalogue.projects.reduce((n, p) => n + p.partners.length, 0),
      totalBudget: budgets.length ? budgets.reduce((a, b) => a + b, 0n) : null,
      added: diff.added,
      removed: diff.removed,
      changed: diff.changed,
    },
  });
  await tx.releaseChange.createMany({
    data: diff.changes.map((c, position) => ({ ...c, releaseId: release.id, position })),
  });
  await tx.releaseProject.createMany({
    data: [...next].map(([slug, snapshot]) => ({ releaseId: release.id, slug, snapshot })),
  });
  return release.id;
}
