// `npm run soak -- [--dataset synthetic|real] [--seconds 60] [--connections 50]`: mixed traffic over every page type
// and the API against the production server; asserts no errors and no unexpected status, and that resident memory
// at the end is within 15 % of its level after warm-up. Prints the figures and records them in bench/results/.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { residentMemoryMb, soakUrls } from "../lib/bench/soak-urls";
import { freePort, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { migrate } from "../lib/db/migrate";

const { values } = parseArgs({
  options: {
    dataset: { type: "string", default: "synthetic" },
    seconds: { type: "string", default: "60" },
    warmup: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
  },
});
const dataset = values.dataset === "real" ? "real" : "synthetic";
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);

if (
  spawnSync(process.execPath, ["scripts/build-if-needed.mjs"], {
    stdio: "inherit",
  }).status !== 0
)
  process.exit(1);
const pgServer = await startEmbeddedPostgres({
  dataDir: dataset === "synthetic" ? ".data/synthetic-postgres" : ".data/bench-real-postgres",
});
await migrate(pgServer.url);
if (dataset === "real")
  spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: pgServer.url },
  });
const paths = await soakUrls(pgServer.url);
const port = await freePort();
const server = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/start.ts"], {
  env: {
    ...process.env,
    DATABASE_URL: pgServer.url,
    PORT: String(port),
    ATLAS_SEED: "skip",
    NEXT_TELEMETRY_DISABLED: "1",
  },
  stdio: ["ignore", "ignore", "pipe"],
});
let serverErrors = "";
server.stderr.on("data", (d) => (serverErrors += d));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; !(await fetch(`${base}/healthz`).catch(() => null))?.ok; i++) {
  if (i > 600) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 100));
}

const statuses = new Map<number, number>();
const errorKinds = new Map<string, number>();
// Resident memory sampled every second; a phase's figure is the mean of its last ten samples (GC makes single
// readings jump).
let samples: number[] = [];
const sampler = setInterval(
  () => (server.pid === undefined ? 0 : samples.push(residentMemoryMb(server.pid, (p) => readFileSync(p, "utf8")))),
  1_000,
);
/** Memory after a full collection in the server (SIGUSR2, see scripts/start.ts), averaged over 3 s. */
async function liveMemory(): Promise<number> {
  server.kill("SIGUSR2");
  await new Promise((r) => setTimeout(r, 2_000));
  samples = [];
  await new Promise((r) => setTimeout(r, 3_000));
  return settled();
}
const settled = () => Math.round(samples.slice(-10).reduce((a, b) => a + b, 0) / Math.min(10, samples.length));
async function run(duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 10,
        requests: paths.map((path) => ({ method: "GET" as const, path })),
        setupClient: (client) =>
          client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1)),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("reqError", (error: Error) => errorKinds.set(error.message, (errorKinds.get(error.message) ?? 0) + 1));
  });
}

console.log(
  `Soak on the ${dataset} dataset: ${paths.length} distinct URLs, ${connections} connections; one pass over every URL, warm-up ${warmup} s, then ${seconds} s`,
);
// Warm-up: visit every URL once (4 at a time), then run the load for a while before measuring.
const primeStart = Date.now();
for (let i = 0; i < paths.length; i += 4) {
  await Promise.all(
    paths.slice(i, i + 4).map((p) =>
      fetch(`${base}${p}`)
        .then((r) => r.arrayBuffer())
        .catch(() => null),
    ),
  );
}
console.log(`  first pass over ${paths.length} URLs: ${((Date.now() - primeStart) / 1000).toFixed(1)} s`);
samples = [];
await run(warmup);
const afterWarmup = await liveMemory();
statuses.clear();
errorKinds.clear();
samples = [];
const main = await run(seconds);
const atEnd = await liveMemory();
clearInterval(sampler);
server.kill("SIGTERM");
await once(server, "exit");
await pgServer.stop();

const unexpected = [...statuses].filter(([s]) => s !== 200).reduce((n, [, c]) => n + c, 0);
const growth = (atEnd - afterWarmup) / afterWarmup;
const figures = {
  date: new Date().toISOString(),
  dataset,
  connections,
  seconds,
  urls: paths.length,
  requests: main.requests.total,
  requestsPerSecond: Math.round(main.requests.average),
  p50: main.latency.p50,
  p99: main.latency.p99,
  errors: main.errors + main.timeouts,
  errorKinds: Object.fromEntries(errorKinds),
  unexpectedStatuses: unexpected,
  statuses: Object.fromEntries(statuses),
  rssAfterWarmupMb: afterWarmup,
  rssAtEndMb: atEnd,
  rssGrowthPercent: Math.round(growth * 1000) / 10,
};
console.log(JSON.stringify(figures, null, 2));
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  `bench/results/soak-${figures.date.replace(/[:.]/g, "-")}-${dataset}.json`,
  JSON.stringify(figures, null, 2),
);
const ok = figures.errors === 0 && unexpected === 0 && Math.abs(growth) <= 0.15;
console.log(ok ? "SOAK PASSED" : `SOAK FAILED${serverErrors ? `\nserver stderr:\n${serverErrors.slice(-2000)}` : ""}`);
process.exit(ok ? 0 : 1);
