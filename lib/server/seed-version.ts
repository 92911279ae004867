// The catalogue's version as the server sees it: the latest seed run, polled every two seconds, plus the catalogue's
// day (status "as of today" and citation dates change then). A seed in another process bumps it. The latest seed's
// finishing time is kept beside it (shared through globalThis, like the health state): the footer's "Data last
// updated" reads it without a query of its own, so it never races the page's own queries (every render of a URL is
// the same bytes) and always agrees with the version in the page's ETag. The latest data release (written in the same
// transaction as its seed run) is read in the same poll, for the footer's "Data release" line.
import pg from "pg";
import { catalogueDay } from "../catalogue/catalogue-day";

type Seed = { id: number; finishedAt: Date | null; release: { id: number; releasedAt: Date } | null };
const state: typeof globalThis & { atlasSeed?: Seed } = globalThis;

/** The latest data release, as last polled; null before the first poll or the first content seed. */
export function lastDataRelease(): Seed["release"] {
  return state.atlasSeed?.release ?? null;
}

/** When the latest seed finished, as last polled; null before the first poll or without a seed. */
export function lastSeedFinishedAt(): Date | null {
  return state.atlasSeed?.finishedAt ?? null;
}

/** The latest seed run's id as last polled (null before the first poll or without a seed). */
export function currentSeedId(): number | null {
  const id = state.atlasSeed?.id;
  return id ? id : null;
}

/** Polls the latest seed; `onChange` runs after the first poll and whenever another seed run appears. */
export function watchSeedVersion(url: string, everyMs = 2_000, onChange: (id: number) => void = () => {}) {
  let timer: NodeJS.Timeout | null = null;
  const poll = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000, query_timeout: 1_000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ id: number; finished_at: Date }>(
        "SELECT id, finished_at FROM seed_run ORDER BY id DESC LIMIT 1",
      );
      const before = state.atlasSeed?.id;
      const releases = await client.query<{ id: number; released_at: Date }>(
        "SELECT id, released_at FROM data_release ORDER BY id DESC LIMIT 1",
      );
      const release = releases.rows[0] ? { id: releases.rows[0].id, releasedAt: releases.rows[0].released_at } : null;
      state.atlasSeed = rows[0]
        ? { id: rows[0].id, finishedAt: rows[0].finished_at, release }
        : { id: 0, finishedAt: null, release };
      if (state.atlasSeed.id !== before) onChange(state.atlasSeed.id);
    } catch {
      // Keep the last known version; the health monitor reports the outage.
    } finally {
      client.end().catch(() => {});
      timer = setTimeout(poll, everyMs);
      timer.unref();
    }
  };
  return {
    start: () => poll(),
    stop: () => timer && clearTimeout(timer),
    current: () => `${state.atlasSeed?.id ?? -1}:${catalogueDay()}`,
  };
}
