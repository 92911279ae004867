// The catalogue's version as the server sees it: the latest seed run, polled every two seconds, plus the catalogue's
// day (status "as of today" and citation dates change then). A seed in another process bumps it.
import pg from "pg";
import { catalogueDay } from "../catalogue/catalogue-day";

export function watchSeedVersion(url: string, everyMs = 2_000) {
  let seed = -1;
  let timer: NodeJS.Timeout | null = null;
  const poll = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000, query_timeout: 1_000 });
    try {
      await client.connect();
      seed = (await client.query<{ id: number }>("SELECT coalesce(max(id), 0)::int AS id FROM seed_run")).rows[0].id;
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
    current: () => `${seed}:${catalogueDay()}`,
  };
}
