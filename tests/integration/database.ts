// Per-test-file databases cloned from the run's templates, and the switch that points lib/db at them.
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createPrismaClient, switchDatabase } from "../../lib/db/client";
import { withDatabase } from "./database-url";

export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let counter = 0;

/** A new database cloned from a template ("empty": migrated only; "seeded": migrated and seeded from content/). */
export async function cloneDatabase(template: "empty" | "seeded" | null): Promise<string> {
  const run = inject("run");
  const name = `${run}_${template ?? "blank"}_${process.pid}_${++counter}`;
  await admin((c) =>
    c.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${run}_${template}"` : `CREATE DATABASE "${name}"`),
  );
  return withDatabase(inject("adminUrl"), name);
}

/**
 * Points lib/db's shared client at a fresh clone for the current test file and returns its URL.
 * lib/ code reads DATABASE_URL lazily, so this must run before the first query.
 */
export async function switchToClonedDatabase(template: "empty" | "seeded"): Promise<string> {
  const url = await cloneDatabase(template);
  await switchDatabase(url);
  afterAll(() => switchDatabase(null));
  return url;
}

/** One query on the database at `url`, on a connection of its own: rows typed by the caller. */
export async function queryAt<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh clone of the seeded template with a pg client and a Prisma client on it, both closed afterwards. */
export async function withSeededClone<T>(
  fn: (db: { url: string; c: pg.Client; prisma: ReturnType<typeof createPrismaClient> }) => Promise<T>,
): Promise<T> {
  const url = await cloneDatabase("seeded");
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const prisma = createPrismaClient(url);
  try {
    return await fn({ url, c, prisma });
  } finally {
    await prisma.$disconnect();
    await c.end();
  }
}
