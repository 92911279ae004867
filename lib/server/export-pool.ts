// Exports run in a small pool of worker threads (piscina), not on the thread that renders pages: a researcher
// downloading a large filtered export costs the other visitors one database connection and a share of a core, not
// the event loop. The pool is bounded: a few exports at a time per thread, a short queue, and beyond it 429 with
// Retry-After. The response goes out through the site handler like any render (caching headers, ETag, gzip, and
// the in-process cache for small ones). Full-catalogue exports are not run at all: they are bulk files, made once
// per seed (lib/export/bulk-exports.ts).
import type { IncomingMessage, ServerResponse } from "node:http";
import { MessageChannel } from "node:worker_threads";
import Piscina from "piscina";
import { log } from "../log";
import type { BulkFile } from "../catalogue/bulk-files";
import type { ExportMessage, ExportReply } from "./export-worker";

export type ExportPoolOptions = {
  /** Worker threads (default 1: on two cores, the other belongs to page renders and PostgreSQL). */
  threads?: number;
  /** Exports running at once per thread (they mostly wait on PostgreSQL). */
  perThread?: number;
  /** Exports waiting for a slot; one more is answered 429. */
  queue?: number;
  /** Seconds a client answered 429 is asked to wait. */
  retryAfter?: number;
  /** The worker module (tests give one of their own that speaks the same messages). */
  worker?: URL;
};

export function createExportPool(options: ExportPoolOptions = {}) {
  const threads = options.threads ?? 1;
  const retryAfter = options.retryAfter ?? 10;
  // Tasks: the default export (one export) and the named "produceBulk" and "loadBulk" (export-worker.ts).
  const pool = new Piscina({
    filename: (options.worker ?? new URL("./export-worker.ts", import.meta.url)).href,
    // The workers load our TypeScript modules through tsx, as scripts/start.ts does.
    execArgv: ["--import", "tsx"],
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: options.perThread ?? 2,
    maxQueue: options.queue ?? 8,
    idleTimeout: 60_000,
  });

  let closing = false;

  function tooMany(res: ServerResponse) {
    res.writeHead(429, {
      "Content-Type": "application/json; charset=utf-8",
      "Retry-After": String(retryAfter),
    });
    res.end(
      `${JSON.stringify({
        error: {
          code: "busy",
          message: `Too many exports are running; try again in ${retryAfter} seconds. Whole-catalogue files are on /data-dictionary#downloads.`,
        },
      })}\n`,
    );
  }

  /** Answers an export request (path in EXPORT_PATHS) from the pool. */
  function render(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://atlas.invalid");
    const { port1, port2 } = new MessageChannel();
    return new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        port1.close();
        resolve();
      };
      const reply = (message: ExportReply) => {
        if (!done) port1.postMessage(message);
      };
      res.once("close", () => {
        reply("stop");
        finish();
      });
      port1.on("message", (message: ExportMessage) => {
        if (message.kind === "head") {
          res.writeHead(message.status, Object.fromEntries(message.headers));
          reply("more");
        } else if (message.kind === "chunk") {
          if (res.write(message.bytes)) reply("more");
          else res.once("drain", () => reply("more"));
        } else if (message.kind === "end") {
          res.end();
          finish();
        } else {
          log.error("export failed", { path: url.pathname, message: message.message });
          if (res.headersSent) res.destroy();
          else res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("The export failed.\n");
          finish();
        }
      });
      pool
        .run({ path: url.pathname, search: url.search, port: port2 }, { transferList: [port2] })
        .catch((error: unknown) => {
          if (done) return;
          if (error instanceof Error && /queue is at limit/i.test(error.message)) tooMany(res);
          else if (closing) res.destroy();
          else {
            log.error("export pool failed", { path: url.pathname, message: String(error) });
            if (!res.headersSent)
              res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" }).end("The export failed.\n");
          }
          finish();
        });
    });
  }

  // Whole-catalogue files: produced in the pool after start and after each seed; loaded once per seed and path and
  // kept in memory (a few MB each, gzip); "not produced yet" is asked again after a few seconds.
  let producing = false;
  let again = false;
  function produceBulk(): void {
    if (producing) {
      again = true;
      return;
    }
    producing = true;
    const made: Promise<string[]> = pool.run(null, { name: "produceBulk" });
    made
      .then((paths) => paths.length && log.info("bulk exports produced", { paths: paths.join(" ") }))
      .catch((error: unknown) => log.error("bulk exports failed", { message: String(error) }))
      .finally(() => {
        producing = false;
        if (again) {
          again = false;
          produceBulk();
        }
      });
  }

  const files = new Map<string, { file: Promise<BulkFile | null> }>();
  function bulkFile(seedRunId: number, path: string): Promise<BulkFile | null> {
    const key = `${seedRunId} ${path}`;
    const known = files.get(key);
    if (known) return known.file;
    for (const k of files.keys()) if (!k.startsWith(`${seedRunId} `)) files.delete(k);
    const loaded: Promise<BulkFile | null> = pool.run({ seedRunId, path }, { name: "loadBulk" });
    const file = loaded.catch(() => null);
    files.set(key, { file });
    file.then((found) => {
      if (!found) setTimeout(() => files.get(key)?.file === file && files.delete(key), 5_000).unref();
    });
    return file;
  }

  return {
    render,
    produceBulk,
    bulkFile,
    close: () => {
      closing = true;
      return pool.destroy();
    },
  };
}
