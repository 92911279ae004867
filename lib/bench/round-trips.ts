// Where a cold page's database time goes: with pg_stat_statements (loaded by the benchmark's PostgreSQL), request
// fresh URLs of one page kind one after another and count the statements they ran (each a round trip from Node) and
// their execution time, per page, with the statements run most often.
import pg from "pg";

export type RoundTrips = {
  kind: string;
  pages: number;
  statementsPerPage: number;
  dbMsPerPage: number;
  rowsPerPage: number;
  top: { calls: number; ms: number; query: string }[];
};

export async function enableStatementStats(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  } finally {
    await client.end();
  }
}

export async function roundTrips(base: string, url: string, kind: string, paths: string[]): Promise<RoundTrips> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_stat_statements_reset()");
    for (const path of paths) await (await fetch(`${base}${path}`)).arrayBuffer();
    // The server's seed-version poll and these statistics queries are not the page's.
    const { rows } = await client.query<{ calls: string; ms: number; rows: string; query: string }>(
      `SELECT calls, total_exec_time AS ms, rows, query FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND query !~* 'seed_run|pg_stat_statements' ORDER BY total_exec_time DESC`,
    );
    const pages = Math.max(paths.length, 1);
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    return {
      kind,
      pages: paths.length,
      statementsPerPage: Math.round((sum((r) => Number(r.calls)) / pages) * 10) / 10,
      dbMsPerPage: Math.round((sum((r) => r.ms) / pages) * 100) / 100,
      rowsPerPage: Math.round(sum((r) => Number(r.rows)) / pages),
      top: rows.slice(0, 6).map((r) => ({
        calls: Math.round((Number(r.calls) / pages) * 10) / 10,
        ms: Math.round((r.ms / pages) * 100) / 100,
        query: r.query.replace(/\s+/g, " ").slice(0, 120),
      })),
    };
  } finally {
    await client.end();
  }
}
