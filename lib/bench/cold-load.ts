// First requests, the way real traffic arrives: every URL of a list requested exactly once (nothing can come from a
// cache), by `connections` clients at once. The figure a response cache cannot improve.
import autocannon from "autocannon";

export type ColdResult = {
  urls: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

export async function coldLoad(base: string, paths: string[], connections: number): Promise<ColdResult> {
  if (paths.length === 0) return { urls: 0, requestsPerSecond: 0, p50: 0, p95: 0, p99: 0, errors: 0, non2xx: 0 };
  let next = 0;
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const result = await autocannon({
    url: base,
    connections: Math.min(connections, paths.length),
    amount: paths.length,
    timeout: 30,
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
    setupClient: (client) =>
      client.on("response", (status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        if (status < 200 || status > 299) non2xx++;
      }),
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    urls: paths.length,
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    p50: Math.round(percentile(latencies, 50)),
    p95: Math.round(percentile(latencies, 95)),
    p99: Math.round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx,
  };
}
