import { defineConfig, devices } from "@playwright/test";
import { SITE_URL } from "./tests/e2e/site";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium (Playwright's own browser download cannot run here); flags keep it off the network.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  // Generous limits: on CI's two cores a test can share them with a seed, two extra app processes and nginx (the
  // scale-out and reliability specs), and a route's first render in the server then takes several times as long.
  // Speed is measured by `npm run bench`, never by these limits.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A fresh embedded PostgreSQL for every run (unless DATABASE_URL points elsewhere), against the production build.
    command: `rm -rf .data/e2e-postgres && ATLAS_PG_DIR=.data/e2e-postgres SITE_URL=${SITE_URL} PORT=${PORT} NEXT_TELEMETRY_DISABLED=1 node --import tsx scripts/start.ts`,
    url: `http://localhost:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
