// Writes a new migration holding the SQL of the catalogue rules as lib/rules/catalogue-rules.ts now defines them
// (committed migrations are never edited): npm run db:rules-migration -- <name>
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "../lib/db/migrate";
import { rulesSql } from "../lib/rules/rules-sql";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:rules-migration -- <name in snake_case>");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir);
await writeFile(path.join(dir, "migration.sql"), `-- The catalogue rules, changed: ${name.replace(/_/g, " ")}.\n${rulesSql()}\n`);
console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql; add its checksum to prisma/migration-checksums.json.`);
