// `npm start`: database (embedded unless DATABASE_URL), migrations, seed when content/ changed, then `next start`.
// On SIGINT/SIGTERM: let Next finish in-flight requests, then stop PostgreSQL cleanly.
import { spawn } from "node:child_process";
import { seedFromContent } from "../lib/content/run-seed";
import { ContentError } from "../lib/content/load";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/resolve-database";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const started = Date.now();
const database = await resolveDatabase();

async function prepare() {
  await migrate(database.url, { log: console.log });
  const prisma = createPrismaClient(database.url);
  try {
    const outcome = await seedFromContent(prisma);
    if (outcome === "unchanged") console.log("Content unchanged since the last seed; keeping the database as it is.");
  } finally {
    await prisma.$disconnect();
  }
}

try {
  await prepare();
} catch (error) {
  console.error(error instanceof ContentError ? `Content error in ${error.message}` : error);
  await database.stop();
  process.exit(1);
}

const next = spawn(process.execPath, ["node_modules/next/dist/bin/next", dev ? "dev" : "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url },
});
console.log(`Integration Atlas: http://localhost:${port} (ready steps took ${Date.now() - started} ms)`);

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal} received: finishing requests and stopping…`);
  if (next.exitCode === null) next.kill("SIGTERM");
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

const code: number = await new Promise((resolve) => next.on("exit", (c, s) => resolve(c ?? (s ? 0 : 1))));
await database.stop();
if (database.embedded) console.log("PostgreSQL stopped.");
process.exit(stopping ? 0 : code);
