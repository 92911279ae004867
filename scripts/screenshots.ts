// `npm run screenshots`: a full-page PNG of every page template at 360 and 1280 px into docs/screenshots/, for
// docs/design.md. Uses the server at SCREENSHOT_URL when given; otherwise builds if needed and starts the production
// server on a free port with a fresh embedded PostgreSQL, as the e2e webServer does.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { freePort } from "../lib/db/embedded-postgres";
import { SCREENSHOT_TEMPLATES } from "./screenshot-templates";

const OUT = "docs/screenshots";
const WIDTHS = [360, 1280] as const;
// Debian's Chromium, kept off the network (see ENVIRONMENT.md).
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * A 256-colour PNG when sharp is installed (Next.js's optional image dependency): screenshots of flat UI lose nothing
 * visible and shrink to about a third. Without sharp, Chromium's PNG as it is.
 */
async function compress(png: Buffer): Promise<Buffer> {
  try {
    const { default: sharp } = await import("sharp");
    return await sharp(png).png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 }).toBuffer();
  } catch {
    return png;
  }
}

async function startServer(): Promise<{ base: string; server: ChildProcess | null; dataDir: string | null }> {
  if (process.env.SCREENSHOT_URL)
    return { base: process.env.SCREENSHOT_URL.replace(/\/$/, ""), server: null, dataDir: null };
  if (spawnSync(process.execPath, ["scripts/build-if-needed.mjs"], { stdio: "inherit" }).status !== 0) process.exit(1);
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "atlas-screenshots-"));
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), ATLAS_PG_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; !(await fetch(`${base}/healthz`).catch(() => null))?.ok; i++) {
    if (i > 1200) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, server, dataDir };
}

const { base, server, dataDir } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
mkdirSync(OUT, { recursive: true });
let bytes = 0;
try {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    for (const { name, path: url } of SCREENSHOT_TEMPLATES) {
      await page.goto(`${base}${url}`, { waitUntil: "networkidle" });
      const file = path.join(OUT, `${name}-${width}.png`);
      writeFileSync(file, await compress(await page.screenshot({ fullPage: true })));
      bytes += statSync(file).size;
      console.log(`${file}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  if (server) {
    server.kill("SIGTERM");
    await once(server, "exit");
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
console.log(`${(bytes / 1024 / 1024).toFixed(1)} MB in ${OUT}/`);
