// Database time of the catalogue's queries: run each page's lib/catalogue functions once with Prisma's query log on,
// then replay every captured statement under EXPLAIN ANALYZE and report p50/p95 execution + planning time.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../db/generated/client";
import { switchDatabase } from "../db/client";

export type QueryTiming = { label: string; sql: string; p50: number; p95: number; max: number; runs: number };

type Captured = { label: string; sql: string; params: unknown[] };

export async function captureQueries(
  url: string,
  scenarios: { label: string; run: () => Promise<unknown> }[],
): Promise<Captured[]> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const captured: Captured[] = [];
  let current = "";
  client.$on("query", (e) => captured.push({ label: current, sql: e.query, params: JSON.parse(e.params) }));
  await switchDatabase(null);
  const holder: typeof globalThis & { atlasPrisma?: PrismaClient } = globalThis;
  holder.atlasPrisma = client;
  process.env.DATABASE_URL = url;
  try {
    for (const s of scenarios) {
      current = s.label;
      await s.run();
    }
  } finally {
    await client.$disconnect();
    holder.atlasPrisma = undefined;
  }
  // Transaction control and identical statements need no timing.
  const seen = new Set<string>();
  return captured.filter(
    (c) => /^\s*(SELECT|WITH)/i.test(c.sql) && !seen.has(c.label + c.sql) && seen.add(c.label + c.sql),
  );
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function explainTimings(url: string, queries: Captured[], runs = 20): Promise<QueryTiming[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: QueryTiming[] = [];
    for (const q of queries) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const res = await client.query<{ "QUERY PLAN": [{ "Execution Time": number; "Planning Time": number }] }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql}`,
          q.params,
        );
        const plan = res.rows[0]["QUERY PLAN"][0];
        times.push(plan["Execution Time"] + plan["Planning Time"]);
      }
      times.sort((a, b) => a - b);
      out.push({
        label: q.label,
        sql: q.sql.replace(/\s+/g, " ").slice(0, 160),
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        max: round(times.at(-1) ?? 0),
        runs,
      });
    }
    return out;
  } finally {
    await client.end();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
