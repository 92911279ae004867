// One thread of the export pool (lib/server/export-pool.ts). Each task is one export: it runs here, off the thread
// that serves pages, and sends its response back over a MessagePort: first the status and headers, then the body in
// chunks of about 64 KB, each acknowledged before the next is sent, so that a slow client holds memory down rather
// than letting the export run ahead of it. Two more tasks make and load the whole-catalogue files of a seed.
import { once } from "node:events";
import { constants, setPriority } from "node:os";
import type { MessagePort } from "node:worker_threads";
import { bulkFile, type BulkFile } from "../catalogue/bulk-files";
import { produceBulkExports } from "../export/bulk-exports";
import { exportResponse } from "../export/export-response";
import { log } from "../log";

// Exports yield the CPU to page renders: on Linux a nice value applies to the calling thread only, so this lowers the
// priority of this worker thread and not of the thread that serves pages (elsewhere it is a no-op or may be refused).
try {
  setPriority(constants.priority.PRIORITY_LOW);
} catch {
  // Not permitted here: exports then run at the same priority as pages.
}

export type ExportTask = { path: string; search: string; port: MessagePort };

/** From the worker: the head, a body chunk, the end, or a failure (before or during the body). */
export type ExportMessage =
  | { kind: "head"; status: number; headers: [string, string][] }
  | { kind: "chunk"; bytes: Uint8Array }
  | { kind: "end" }
  | { kind: "error"; message: string };

/** From the pool: go on ("more") or stop (the client went away). */
export type ExportReply = "more" | "stop";

const CHUNK_BYTES = 64 * 1024;

export default async function runExport({ path, search, port }: ExportTask): Promise<void> {
  const send = (message: ExportMessage) => port.postMessage(message);
  const goOn = async () => ((await once(port, "message")) as [ExportReply])[0] === "more";
  try {
    const response = await exportResponse(path, new URLSearchParams(search));
    send({ kind: "head", status: response.status, headers: [...response.headers] });
    if (!(await goOn())) return;
    const reader = response.body?.getReader();
    const pending: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const next = reader ? await reader.read() : { done: true as const, value: undefined };
      if (next.value) {
        pending.push(next.value);
        size += next.value.byteLength;
      }
      if (size >= CHUNK_BYTES || (next.done && size > 0)) {
        send({ kind: "chunk", bytes: Buffer.concat(pending) });
        pending.length = 0;
        size = 0;
        if (!(await goOn())) {
          await reader?.cancel();
          return;
        }
      }
      if (next.done) break;
    }
    send({ kind: "end" });
  } catch (error) {
    send({ kind: "error", message: error instanceof Error ? error.message : String(error) });
  } finally {
    port.close();
  }
}

/** Task "produceBulk": the latest seed's missing whole-catalogue files (lib/export/bulk-exports.ts). */
export async function produceBulk(): Promise<string[]> {
  return produceBulkExports((line) => log.info(line));
}

/** Task "loadBulk": one stored file with its bytes, or null. */
export async function loadBulk({ seedRunId, path }: { seedRunId: number; path: string }): Promise<BulkFile | null> {
  return bulkFile(seedRunId, path);
}
