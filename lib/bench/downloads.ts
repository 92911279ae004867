// Researchers downloading exports while others browse: `count` clients each fetching `path` again and again, as a
// browser does (gzip accepted, the bytes counted as they arrive, not decompressed: a download's cost belongs to the
// server, not to this process, which also drives the page load), each at most `bytesPerSecond` (a fast office line,
// 100 Mbit/s, by default: on loopback a stored file would otherwise go at memory speed, and six clients in a loop
// would be dozens of downloads a second rather than six at a time). stop() ends them, cutting downloads in flight.
import { request } from "node:http";

export type DownloadStats = { finished: number; megabytes: number; statuses: Record<string, number> };

export function downloadLoop(base: string, path: string, count: number, bytesPerSecond = 12_500_000) {
  let stopped = false;
  let finished = 0;
  let bytes = 0;
  const statuses: Record<string, number> = {};
  const inFlight = new Set<() => void>();
  const once = () =>
    new Promise<void>((resolve) => {
      const req = request(`${base}${path}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
        const started = performance.now();
        let received = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          received += chunk.length;
          const ahead = received / bytesPerSecond - (performance.now() - started) / 1000;
          if (ahead > 0.01) {
            res.pause();
            setTimeout(() => res.resume(), ahead * 1000);
          }
        });
        res.on("end", () => {
          if (res.statusCode === 200) finished++;
          // Asked to wait (429): wait a second, as a polite client would, rather than hammer.
          setTimeout(resolve, res.statusCode === 429 ? 1_000 : 0);
        });
        res.on("error", () => resolve());
      });
      const cut = () => req.destroy();
      inFlight.add(cut);
      req.on("close", () => {
        inFlight.delete(cut);
        resolve();
      });
      req.on("error", () => resolve());
      req.end();
    });
  const clients = Array.from({ length: count }, async () => {
    while (!stopped) await once();
  });
  return {
    async stop(): Promise<DownloadStats> {
      stopped = true;
      for (const cut of inFlight) cut();
      await Promise.all(clients);
      return { finished, megabytes: Math.round(bytes / 1e5) / 10, statuses };
    },
  };
}
