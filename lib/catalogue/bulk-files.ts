// The whole-catalogue export files of a seed (lib/export/bulk-exports.ts makes them): what the downloads list states,
// the bytes a server sends, and their bookkeeping.
import { db } from "../db/client";

export type BulkFileInfo = {
  path: string;
  filename: string;
  contentType: string;
  /** Uncompressed size in bytes, and its SHA-256 (hex): what a download saves to disk. */
  bytes: number;
  sha256: string;
  /** Size on the wire with gzip. */
  gzipBytes: number;
  producedAt: Date;
};

export type BulkFile = BulkFileInfo & { gzip: Uint8Array<ArrayBuffer> };

const infoSelect = {
  path: true,
  filename: true,
  contentType: true,
  bytes: true,
  gzipBytes: true,
  sha256: true,
  producedAt: true,
} as const;

/** The latest seed run's id (null before the first seed). */
export async function latestSeedRunId(): Promise<number | null> {
  return (await db().seedRun.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? null;
}

/** The files of the latest seed, in path order (empty while they are being produced). */
export async function latestBulkFiles(): Promise<BulkFileInfo[]> {
  const seedRunId = await latestSeedRunId();
  if (seedRunId === null) return [];
  const rows = await db().bulkExport.findMany({ where: { seedRunId }, select: infoSelect, orderBy: { path: "asc" } });
  return rows.map((r) => ({ ...r, bytes: Number(r.bytes), gzipBytes: Number(r.gzipBytes) }));
}

/** One file of a seed, bytes included; null when it has not been produced (yet). */
export async function bulkFile(seedRunId: number, path: string): Promise<BulkFile | null> {
  const row = await db().bulkExport.findUnique({
    where: { seedRunId_path: { seedRunId, path } },
    select: { ...infoSelect, gzip: true },
  });
  return row && { ...row, bytes: Number(row.bytes), gzipBytes: Number(row.gzipBytes) };
}

/** Which of these paths a seed already has files for. */
export async function producedBulkPaths(seedRunId: number): Promise<Set<string>> {
  const rows = await db().bulkExport.findMany({ where: { seedRunId }, select: { path: true } });
  return new Set(rows.map((r) => r.path));
}

/** Stores one file (a concurrent producer's identical file wins the race harmlessly). */
export async function saveBulkFile(seedRunId: number, file: Omit<BulkFile, "producedAt">): Promise<void> {
  await db().bulkExport.upsert({
    where: { seedRunId_path: { seedRunId, path: file.path } },
    update: {},
    create: { seedRunId, ...file, bytes: BigInt(file.bytes), gzipBytes: BigInt(file.gzipBytes), gzip: file.gzip },
  });
}

/** Drops the files of seeds older than this one (once this one's set is complete). */
export async function deleteBulkFilesBefore(seedRunId: number): Promise<number> {
  return (await db().bulkExport.deleteMany({ where: { seedRunId: { lt: seedRunId } } })).count;
}
