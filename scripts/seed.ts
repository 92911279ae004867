// `npm run db:seed`: migrate, then validate content/ (or ATLAS_CONTENT_DIR) and write it to the database (always,
// even if unchanged).
import { seedFromContent } from "../lib/content/run-seed";
import { ContentError } from "../lib/content/load";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/resolve-database";

const database = await resolveDatabase();
let code = 0;
try {
  await migrate(database.url, { log: console.log });
  const prisma = createPrismaClient(database.url);
  try {
    // ATLAS_CONTENT_DIR seeds another copy of content/ (tests of what a changed catalogue does to caches).
    await seedFromContent(prisma, { force: true, root: process.env.ATLAS_CONTENT_DIR || undefined });
  } finally {
    await prisma.$disconnect();
  }
} catch (error) {
  code = 1;
  if (error instanceof ContentError)
    console.error(`Seed stopped, the database is unchanged. Content error in ${error.message}`);
  else console.error(error instanceof Error ? error.message : error);
} finally {
  await database.stop();
}
process.exit(code);
