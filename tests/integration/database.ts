// Per-test-file databases cloned from the run's templates, and the switch that points lib/db at them.
import pg from "pg";
import { afterAll, inject } from "vitest";
import { switchDatabase } from "../../lib/db/client";
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
