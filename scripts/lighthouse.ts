// `npm run lighthouse`: Lighthouse (desktop preset, Debian's Chromium) on the home page, /projects and a project page
// of the production server with the real content. Prints the four category scores and records them.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../lib/db/embedded-postgres";

if (spawnSync(process.execPath, ["scripts/build-if-needed.mjs"], { stdio: "inherit" }).status !== 0) process.exit(1);
const port = await freePort();
const dataDir = mkdtempSync(path.join(tmpdir(), "atlas-lighthouse-"));
const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  env: { ...process.env, PORT: String(port), ATLAS_PG_DIR: dataDir, DATABASE_URL: "" },
  stdio: "ignore",
});
const base = `http://localhost:${port}`;
for (let i = 0; !(await fetch(`${base}/healthz`).catch(() => null))?.ok; i++) {
  if (i > 600) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 100));
}

const pages = ["/", "/projects", "/projects/drim"];
const scores: Record<string, Record<string, number>> = {};
for (const page of pages) {
  const out = path.join(dataDir, "report.json");
  const run = spawnSync(
    "npx",
    // Fetched on demand from the npm registry (its dependency tree does not fit our lockfile; see README).
    [
      "--yes",
      "lighthouse@12.8.2",
      `${base}${page}`,
      "--output=json",
      `--output-path=${out}`,
      "--preset=desktop",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed on ${page}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  scores[page] = Object.fromEntries(
    Object.entries(report.categories as Record<string, { score: number }>).map(([k, v]) => [
      k,
      Math.round(v.score * 100),
    ]),
  );
  console.log(
    `${page.padEnd(18)} ${Object.entries(scores[page])
      .map(([k, v]) => `${k} ${v}`)
      .join("  ")}`,
  );
}
server.kill("SIGTERM");
await once(server, "exit");
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  `bench/results/lighthouse-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
  JSON.stringify(scores, null, 2),
);
process.exit(0);
