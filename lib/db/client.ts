// The one Prisma client of the process, on the pg driver adapter with bounded waits.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/** node-postgres waits forever by default; a public site must fail fast instead. */
export const POOL_SETTINGS = {
  max: 10,
  connectionTimeoutMillis: 2_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 5_000,
  query_timeout: 6_000,
} as const;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, ...POOL_SETTINGS });
  return new PrismaClient({ adapter });
}

// One client per process, kept on globalThis so that Next's dev reloads do not open a new pool each time.
const globalForPrisma: typeof globalThis & { atlasPrisma?: PrismaClient } = globalThis;

/** Lazily created so that importing this module (e.g. during `next build`) never needs a database. */
export function db(): PrismaClient {
  if (!globalForPrisma.atlasPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the site with `npm start`, which provides one.");
    globalForPrisma.atlasPrisma = createPrismaClient(url);
  }
  return globalForPrisma.atlasPrisma;
}

/** Points the shared client at another database (tests), or closes it (null). */
export async function switchDatabase(url: string | null): Promise<void> {
  await globalForPrisma.atlasPrisma?.$disconnect();
  globalForPrisma.atlasPrisma = undefined;
  if (url) {
    process.env.DATABASE_URL = url;
    globalForPrisma.atlasPrisma = createPrismaClient(url);
  }
}
