// Builds the production bundle unless .next already holds a build of exactly these sources (fast second start).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Everything the build reads: routes, components, libraries, the proxy and instrumentation hooks, configuration, and
// the exact package versions. content/ is read by the seed at run time, not by the build.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);

function* files(p) {
  if (!existsSync(p)) return;
  if (statSync(p).isFile()) return yield p;
  for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) yield* files(path.join(p, name));
}

const hash = createHash("sha256");
for (const input of INPUTS) for (const f of files(input)) hash.update(f).update(readFileSync(f));
const digest = hash.digest("hex");
const stamp = ".next/atlas-build-hash";
if (existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === digest) {
  console.log("Production build is up to date.");
  process.exit(0);
}
const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stamp, digest);
