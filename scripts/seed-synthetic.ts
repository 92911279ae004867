// `npm run seed:synthetic -- --projects 100000 [--seed 1]`: a deterministic synthetic catalogue for benchmarks.
// Without DATABASE_URL it uses its own embedded PostgreSQL under .data/synthetic-postgres (ATLAS_PG_DIR to change).
import { parseArgs } from "node:util";
import { migrate } from "../lib/db/migrate";
import { resolveDatabase } from "../lib/db/resolve-database";
import { loadSyntheticCatalogue } from "../lib/synthetic/bulk-load";

const { values } = parseArgs({
  options: { projects: { type: "string", default: "100000" }, seed: { type: "string", default: "1" } },
});
const projects = Number(values.projects);
const seed = Number(values.seed);
if (!Number.isInteger(projects) || projects < 1 || projects > 2_000_000 || !Number.isInteger(seed)) {
  console.error("Usage: npm run seed:synthetic -- --projects <1..2000000> [--seed <integer>]");
  process.exit(2);
}
process.env.ATLAS_PG_DIR ??= ".data/synthetic-postgres";
const database = await resolveDatabase();
const started = Date.now();
let code = 0;
try {
  await migrate(database.url, { log: console.log });
  console.log(`Generating and loading ${projects.toLocaleString("en-GB")} projects (seed ${seed})…`);
  await loadSyntheticCatalogue({
    url: database.url,
    projects,
    seed,
    log: console.log,
    progress: (done, total) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stdout.write(
        `\r  [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round((done / total) * 100)}% ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} projects, ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      if (done === total) process.stdout.write("\n");
    },
  });
  console.log(
    `Loaded ${projects.toLocaleString("en-GB")} synthetic projects in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (database.embedded) console.log(`Database: ${database.url} (data in ${process.env.ATLAS_PG_DIR})`);
} catch (error) {
  code = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.stop();
}
process.exit(code);
