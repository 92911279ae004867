// An in-process HTTP cache with the semantics of any shared cache (http-cache-semantics decides what may be stored
// and for how long, honouring Cache-Control and Vary). It stores only what says it is publicly cacheable, never a
// response to a request carrying cookies or credentials, keys on the normalised URL, and drops every entry of an
// older catalogue version (a seed, or a new day). Bounded by bytes, least recently used first.
import CachePolicy from "http-cache-semantics";
import type { IncomingHttpHeaders } from "node:http";

export type CachedResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The same body gzip-compressed, when it is worth sending compressed. */
  gzip: Buffer | null;
};

type Entry = CachedResponse & { policy: CachePolicy; version: string; bytes: number };

export type CacheRequest = { method: string; url: string; headers: IncomingHttpHeaders };

/** Larger responses (big exports) pass through without being kept. */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/** "/projects?country=AT" as the cache sees it: parsed and serialised again, so equivalent spellings share a key. */
export function normalisedUrl(url: string): string {
  const parsed = new URL(url, "http://cache.invalid");
  return `${parsed.pathname}${parsed.search}`;
}

/** Whether a response to `req` may be stored: a plain GET without cookies or credentials. */
export function mayStoreResponseTo(req: CacheRequest): boolean {
  return req.method === "GET" && !req.headers.cookie && !req.headers.authorization;
}

function policyRequest(req: CacheRequest) {
  return { method: req.method === "HEAD" ? "GET" : req.method, url: normalisedUrl(req.url), headers: req.headers };
}

export function createHttpCache(options: { maxBytes: number; version: () => string }) {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  function remove(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  }

  return {
    /** A stored response that may answer `req` now without asking the origin, or null. */
    lookup(req: CacheRequest): (CachedResponse & { age: number }) | null {
      if (req.method !== "GET" && req.method !== "HEAD") return null;
      const key = normalisedUrl(req.url);
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.version !== options.version()) {
        remove(key);
        return null;
      }
      if (!entry.policy.satisfiesWithoutRevalidation(policyRequest(req))) return null;
      entries.delete(key); // most recently used last
      entries.set(key, entry);
      return { ...entry, age: Math.floor(entry.policy.age()) };
    },

    /** Keeps the response if its headers allow a shared cache to (opt-in: `public` or `s-maxage`); returns whether it did. */
    store(req: CacheRequest, response: CachedResponse, version: string): boolean {
      if (!mayStoreResponseTo(req)) return false;
      const cacheControl = response.headers["cache-control"] ?? "";
      if (!/(^|,)\s*(public|s-maxage=\d+)\s*(,|$)/i.test(cacheControl)) return false;
      const policy = new CachePolicy(
        policyRequest(req),
        { status: response.status, headers: response.headers },
        { shared: true, cacheHeuristic: 0 },
      );
      if (!policy.storable() || policy.timeToLive() <= 0) return false;
      const size = response.body.length + (response.gzip?.length ?? 0) + 1024;
      if (size > MAX_ENTRY_BYTES || size > options.maxBytes) return false;
      const key = normalisedUrl(req.url);
      remove(key);
      entries.set(key, { ...response, policy, version, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= options.maxBytes) break;
        remove(oldest);
      }
      return true;
    },

    size: () => ({ entries: entries.size, bytes }),
  };
}

export type HttpCache = ReturnType<typeof createHttpCache>;
