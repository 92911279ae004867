// Data releases as pages, the API, the feed and exports read them (written by the seed: lib/content/record-release.ts).
import { cache } from "react";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

const releaseSummarySelect = {
  id: true,
  contentHash: true,
  releasedAt: true,
  projects: true,
  organisations: true,
  partners: true,
  totalBudget: true,
  added: true,
  removed: true,
  changed: true,
} satisfies Prisma.DataReleaseSelect;

type ReleaseSummaryRow = Prisma.DataReleaseGetPayload<{ select: typeof releaseSummarySelect }>;

// Sums stay far below 2^53 euros; the view model carries plain numbers that JSON and formatting take as they are.
const toSummary = ({ totalBudget, ...r }: ReleaseSummaryRow) => ({
  ...r,
  totalBudget: totalBudget === null ? null : Number(totalBudget),
});
export type ReleaseSummary = ReturnType<typeof toSummary>;

/** Every release, newest first (a few a month: no paging needed). */
export const listReleases = cache(async (): Promise<ReleaseSummary[]> => {
  const rows = await db().dataRelease.findMany({ select: releaseSummarySelect, orderBy: { id: "desc" } });
  return rows.map(toSummary);
});

/** The latest release (footer, API meta, export headers); null before the first content seed. */
export const latestRelease = cache(async (): Promise<ReleaseSummary | null> => {
  const row = await db().dataRelease.findFirst({ select: releaseSummarySelect, orderBy: { id: "desc" } });
  return row && toSummary(row);
});

const releaseChangeSelect = {
  projectSlug: true,
  projectName: true,
  kind: true,
  field: true,
  before: true,
  after: true,
} satisfies Prisma.ReleaseChangeSelect;
export type ReleaseChange = Prisma.ReleaseChangeGetPayload<{ select: typeof releaseChangeSelect }>;

/** One release with its changelog in the order it was recorded (projects by slug, fields in a fixed order). */
export const getRelease = cache(async (id: number) => {
  const row = await db().dataRelease.findUnique({
    where: { id },
    select: { ...releaseSummarySelect, changes: { select: releaseChangeSelect, orderBy: { position: "asc" } } },
  });
  if (!row) return null;
  const { changes, ...summary } = row;
  // Projects still in the catalogue get a link; a removed one would lead to a 404.
  const slugs = [...new Set(changes.map((c) => c.projectSlug))];
  const current = await db().project.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
  return { release: toSummary(summary), changes, currentSlugs: new Set(current.map((p) => p.slug)) };
});
export type ReleaseDetail = NonNullable<Awaited<ReturnType<typeof getRelease>>>;

/** The last release that added or changed this project: the project page's "Last changed on". */
export const projectLastChange = cache(async (slug: string) => {
  const row = await db().releaseChange.findFirst({
    where: { projectSlug: slug, kind: { in: ["added", "changed"] } },
    select: { release: { select: { id: true, releasedAt: true } } },
    orderBy: { releaseId: "desc" },
  });
  return row?.release ?? null;
});
