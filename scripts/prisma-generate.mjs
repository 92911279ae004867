// Runs `prisma generate`. Where Prisma's binary host is unreachable, the CLI still insists on a schema-engine
// binary although generation never uses it, so we point it at a placeholder — only when no real engine is present.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const env = { ...process.env };
const enginesDir = path.resolve("node_modules/@prisma/engines");
const hasRealEngine =
  existsSync(enginesDir) &&
  (await import("node:fs")).readdirSync(enginesDir).some((f) => f.startsWith("schema-engine"));
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !hasRealEngine) {
  const placeholder = path.resolve(".data/schema-engine-placeholder");
  mkdirSync(path.dirname(placeholder), { recursive: true });
  if (!existsSync(placeholder)) writeFileSync(placeholder, "#!/bin/sh\nexit 1\n", { mode: 0o755 });
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
  env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING = "1";
}
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
