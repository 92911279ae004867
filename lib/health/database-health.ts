// Is the database reachable? A monitor pings it in the background (fast while it is down), so that requests can be
// answered with a 503 at once instead of waiting for a connection that will not come.
import pg from "pg";
import { log } from "../log";

type Health = { up: boolean; since: number; checkedAt: number; timer: NodeJS.Timeout | null };

// Shared through globalThis: proxy.ts and the route bundles are separate modules in one process.
const state: typeof globalThis & { atlasHealth?: Health } = globalThis;

function health(): Health {
  state.atlasHealth ??= { up: true, since: Date.now(), checkedAt: 0, timer: null };
  return state.atlasHealth;
}

export function databaseIsUp(): boolean {
  return health().up;
}

export function databaseHealth() {
  const h = health();
  return {
    up: h.up,
    since: new Date(h.since).toISOString(),
    checkedAt: h.checkedAt ? new Date(h.checkedAt).toISOString() : null,
  };
}

function record(up: boolean) {
  const h = health();
  if (h.up !== up) {
    h.up = up;
    h.since = Date.now();
    if (up) log.info("database is reachable again");
    else log.error("database is unreachable");
  }
  h.checkedAt = Date.now();
}

/** "up"; "refused" (nothing listens: the server is gone); "slow" (no answer in time: gone, or only very busy). */
export async function pingDatabase(url: string, timeoutMs = 1_000): Promise<"up" | "refused" | "slow"> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return "up";
  } catch (error) {
    return error instanceof Error &&
      /ECONNREFUSED|ECONNRESET|shutting down|starting up/i.test(`${error.message} ${"code" in error ? error.code : ""}`)
      ? "refused"
      : "slow";
  } finally {
    client.end().catch(() => {});
  }
}

/** Starts the background check: every second while up, every 250 ms while down. Idempotent. */
export function startHealthMonitor(url: string) {
  const h = health();
  if (h.timer) return;
  // A refused connection means down at once; a busy server under heavy load can miss one deadline, so only three
  // slow answers in a row count as down.
  let slow = 0;
  const tick = async () => {
    const result = await pingDatabase(url);
    slow = result === "slow" ? slow + 1 : 0;
    if (result === "up") record(true);
    else if (result === "refused" || slow >= 3) record(false);
    h.timer = setTimeout(tick, h.up ? 1_000 : 250);
    h.timer.unref();
  };
  h.timer = setTimeout(tick, 0);
  h.timer.unref();
}

/** Called when a query fails with a connection error: mark down now rather than at the next tick. */
export function reportConnectionFailure() {
  record(false);
}
