// `npm run db:migrate`: apply prisma/migrations to DATABASE_URL or the embedded PostgreSQL.
import { migrate } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/resolve-database";

const database = await resolveDatabase();
try {
  const applied = await migrate(database.url, { log: console.log });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} finally {
  await database.stop();
}
