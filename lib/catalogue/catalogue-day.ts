// The catalogue's "today": the one clock behind project status, citation dates and how long a page stays fresh.
// Status changes at midnight UTC, for the SQL that filters and counts and for the HTTP caches that keep pages.

const DAY_MS = 86_400_000;

/** Today's date in the catalogue's time zone (UTC), as YYYY-MM-DD. */
export function catalogueDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole seconds until the catalogue's next day begins (at least 1). */
export function secondsUntilNextDay(now: Date = new Date()): number {
  const next = Math.floor(now.getTime() / DAY_MS + 1) * DAY_MS;
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}
