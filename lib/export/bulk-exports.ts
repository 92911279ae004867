// Whole-catalogue exports made once per seed: each list export without filters, produced by the same function that
// answers the URL (exportResponse), gzipped once and stored with its uncompressed size and SHA-256. Servers then send
// these files instead of running a full export per download (lib/server/site-handler.ts), and /data-dictionary lists
// them with size and checksum.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { createGzip } from "node:zlib";
import {
  deleteBulkFilesBefore,
  latestSeedRunId,
  producedBulkPaths,
  saveBulkFile,
  type BulkFile,
} from "../catalogue/bulk-files";
import { EXPORT_PATHS, exportResponse } from "./export-response";

/** Makes the latest seed's missing files; returns the paths produced (none when all exist or there is no seed). */
export async function produceBulkExports(log: (line: string) => void = () => {}): Promise<string[]> {
  const seedRunId = await latestSeedRunId();
  if (seedRunId === null) return [];
  const have = await producedBulkPaths(seedRunId);
  const made: string[] = [];
  for (const path of EXPORT_PATHS) {
    if (have.has(path)) continue;
    const started = Date.now();
    const file = await bulkFileOf(path);
    await saveBulkFile(seedRunId, file);
    made.push(path);
    log(
      `bulk export ${path}: ${file.bytes} bytes (${file.gzipBytes} gzip) in ${Date.now() - started} ms, sha256 ${file.sha256}`,
    );
  }
  await deleteBulkFilesBefore(seedRunId);
  return made;
}

/** The unfiltered export at `path`, gzipped, with the uncompressed size and checksum. */
export async function bulkFileOf(path: string): Promise<Omit<BulkFile, "producedAt">> {
  const response = await exportResponse(path, new URLSearchParams());
  if (response.status !== 200 || !response.body) throw new Error(`${path} answered ${response.status}`);
  const hash = createHash("sha256");
  let bytes = 0;
  const compressed: Buffer[] = [];
  const gzip = createGzip({ level: 9 });
  gzip.on("data", (chunk: Buffer) => compressed.push(chunk));
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
    bytes += value.byteLength;
    if (!gzip.write(value)) await once(gzip, "drain");
  }
  gzip.end();
  await finished(gzip);
  const gzipped = Buffer.concat(compressed);
  return {
    path,
    filename: /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? path.slice(1),
    contentType: response.headers.get("content-type") ?? "application/octet-stream",
    bytes,
    sha256: hash.digest("hex"),
    gzipBytes: gzipped.length,
    gzip: gzipped,
  };
}
