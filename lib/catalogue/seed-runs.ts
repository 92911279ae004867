// When the catalogue's content was last written: the latest row of seed_run (one per seed, see lib/content/run-seed.ts).
import { db } from "../db/client";

/** Finish time of the last seed; null when there has been none. */
export async function lastSeedDate(): Promise<Date | null> {
  const last = await db().seedRun.findFirst({ select: { finishedAt: true }, orderBy: { id: "desc" } });
  return last?.finishedAt ?? null;
}
