// Writes a new migration holding the SQL of the catalogue rules as lib/rules/catalogue-rules.ts now defines them
// (committed migrations are never edited), and records its checksum: npm run db:rules-migration -- <name>
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR, readMigrations } from "../lib/db/migrate";
import { rulesSql } from "../lib/rules/rules-sql";

const MANIFEST = "prisma/migration-checksums.json";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:rules-migration -- <name in snake_case>");
  process.exit(1);
}
// Now, or just after the latest migration if that one is dated later: the new one must apply last.
const now = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const latest =
  (await readMigrations())
    .map((m) => m.name.slice(0, 14))
    .sort()
    .at(-1) ?? "0";
const stamp = now > latest ? now : String(BigInt(latest) + 1n);
const folder = `${stamp}_${name}`;
const sql = `-- The catalogue rules, changed: ${name.replace(/_/g, " ")}.\n${rulesSql()}\n`;
await mkdir(path.join(MIGRATIONS_DIR, folder));
await writeFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), sql);
const manifest: Record<string, string> = JSON.parse(await readFile(MANIFEST, "utf8"));
manifest[folder] = createHash("sha256").update(sql).digest("hex");
await writeFile(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Wrote prisma/migrations/${folder}/migration.sql and its checksum in ${MANIFEST}.`);
