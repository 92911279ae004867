// Whole-catalogue files: made once per seed from the same function that answers the URL, so a download of the file
// is byte for byte the export the URL gives; made again (and the old ones dropped) when a new seed appears.
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { beforeAll, expect, test } from "vitest";
import { bulkFile, latestBulkFiles, latestSeedRunId } from "../../lib/catalogue/bulk-files";
import { produceBulkExports } from "../../lib/export/bulk-exports";
import { EXPORT_PATHS, exportResponse } from "../../lib/export/export-response";
import { switchToClonedDatabase } from "./database";

let url: string;
beforeAll(async () => {
  url = await switchToClonedDatabase("seeded");
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

test("every list export is produced once for the seed, and each file is exactly what its URL answers", async () => {
  const made = await produceBulkExports();
  expect([...made].sort()).toEqual([...EXPORT_PATHS].sort());
  expect(await produceBulkExports()).toEqual([]);

  const seedRunId = await latestSeedRunId();
  expect(seedRunId).not.toBeNull();
  const listed = await latestBulkFiles();
  expect(listed.map((f) => f.path).sort()).toEqual([...EXPORT_PATHS].sort());
  for (const path of EXPORT_PATHS) {
    const file = await bulkFile(seedRunId ?? -1, path);
    if (!file) throw new Error(`no file for ${path}`);
    const fromUrl = new Uint8Array(await (await exportResponse(path, new URLSearchParams())).arrayBuffer());
    const saved = gunzipSync(file.gzip);
    expect(saved.length, path).toBe(file.bytes);
    expect(sha256(saved), path).toBe(file.sha256);
    expect(sha256(fromUrl), path).toBe(file.sha256);
    expect(file.gzipBytes).toBe(file.gzip.length);
  }
  const projects = listed.find((f) => f.path === "/projects.csv");
  expect(projects?.filename).toBe("integration-atlas-projects.csv");
  expect(projects?.contentType).toBe("text/csv; charset=utf-8");
});

test("a new seed gets its own files and the previous seed's are dropped", async () => {
  await produceBulkExports();
  const before = await latestSeedRunId();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO seed_run (kind, content_hash, projects) VALUES ('content', 'test', 22)`);
    expect(await latestBulkFiles()).toEqual([]);
    expect((await produceBulkExports()).length).toBe(EXPORT_PATHS.length);
    const { rows } = await client.query<{ seed_run_id: number }>("SELECT DISTINCT seed_run_id FROM bulk_export");
    expect(rows.map((r) => r.seed_run_id)).toEqual([(before ?? 0) + 1]);
  } finally {
    await client.end();
  }
});
