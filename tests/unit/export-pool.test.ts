// The export pool: exports run in worker threads with bounded concurrency; one more than it can hold or queue is
// answered 429 with Retry-After at once, and a failure mid-export cuts the response instead of ending it cleanly.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { createExportPool } from "../../lib/server/export-pool";

let server: Server;
let base: string;
const pool = createExportPool({
  threads: 1,
  perThread: 1,
  queue: 1,
  retryAfter: 7,
  worker: new URL("./fixtures/slow-export-worker.ts", import.meta.url),
});

beforeAll(async () => {
  server = createServer((req, res) => void pool.render(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await pool.close();
});

test("runs an export in a worker and streams its body", async () => {
  const response = await fetch(`${base}/projects.csv?country=AT`);
  expect(response.status).toBe(200);
  expect(await response.text()).toBe("/projects.csv?country=AT\n");
});

test("one running and one queued: the third concurrent export is answered 429 with Retry-After, the others finish", async () => {
  const started = Date.now();
  const responses = await Promise.all(
    ["a", "b", "c"].map((q) => fetch(`${base}/projects.csv?q=${q}`).then(async (r) => ({ r, body: await r.text() }))),
  );
  const statuses = responses.map(({ r }) => r.status).sort();
  expect(statuses).toEqual([200, 200, 429]);
  const busy = responses.find(({ r }) => r.status === 429);
  expect(busy?.r.headers.get("retry-after")).toBe("7");
  expect(JSON.parse(busy?.body ?? "{}").error.code).toBe("busy");
  // The two accepted ones ran one after the other (one slot): at least two holds of 400 ms.
  expect(Date.now() - started).toBeGreaterThanOrEqual(780);
});

test("an export that fails after its head is cut off, not ended as if complete, and the failure is logged", async () => {
  const logged: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: unknown) => void logged.push(String(line)));
  await expect(fetch(`${base}/projects.csv?fail=1`).then((r) => r.text())).rejects.toThrow();
  expect(logged.join("\n")).toContain("failed on purpose");
});
