// How long a public response stays fresh: the one place that writes Cache-Control. A page changes only when content
// is re-seeded (which changes every ETag) or when the catalogue's day turns (project status), so nothing stays fresh
// past the next day boundary.
import { secondsUntilNextDay } from "../catalogue/catalogue-day";

/** Seconds a shared cache (nginx, a CDN, the in-process cache) keeps a response: ATLAS_CACHE_TTL, 300 by default. */
export function sharedTtl(): number {
  const ttl = Number(process.env.ATLAS_CACHE_TTL ?? 300);
  return Number.isFinite(ttl) && ttl >= 0 ? Math.floor(ttl) : 300;
}

export const NO_STORE = "no-store";

/**
 * Cache-Control of a public response at `now`: browsers keep it a minute, shared caches `sharedTtl()` seconds, and
 * may serve it stale for as long again while they revalidate — all ending by the next day boundary.
 */
export function publicCacheControl(now: Date = new Date()): string {
  const untilTomorrow = secondsUntilNextDay(now);
  const shared = Math.min(sharedTtl(), untilTomorrow);
  const browser = Math.min(60, shared);
  const stale = Math.min(shared, untilTomorrow - shared);
  return `public, max-age=${browser}, s-maxage=${shared}${stale > 0 ? `, stale-while-revalidate=${stale}` : ""}`;
}
