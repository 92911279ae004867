// A full-response cache in front of Next.js for pages and API reads. Responses depend only on the URL, the seed
// and the day, so one render serves every later request — with a fresh CSP nonce and request id substituted into
// the stored bytes each time (the nonce stays unique per response). Bounded (LRU by bytes), single-flight per URL,
// and bypassed while the database is down so that the friendly 503 is what people see.
import { randomBytes, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

type Token = "nonce" | "rid";
type Entry = { version: string; status: number; headers: [string, string][]; parts: Buffer[]; tokens: Token[]; bytes: number };

// Placeholders for the per-response values inside stored header values.
const NONCE_MARK = "\u0000nonce\u0000";
const RID_MARK = "\u0000rid\u0000";
const SKIP_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-cache"]);
const CACHEABLE_TYPES = /^(text\/html|application\/json|text\/csv|application\/(atom\+)?xml|text\/plain|image\/png)/;
/** Only text can carry a nonce or request id; images are stored as they are. */
const TEXT_TYPES = /^(text\/|application\/(json|xml|atom\+xml))/;
/** Larger responses (big exports) stream through without being kept. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

export type PageCacheOptions = {
  maxBytes: number;
  /** Changes when the catalogue (or the day) changes: entries of another version are stale. */
  version: () => string;
  /** True while responses must not come from the cache (the database is down). */
  bypass: () => boolean;
};

export function isCacheableRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" || !req.url) return false;
  // React Server Component requests (client navigation, prefetch) vary by these headers.
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-router-prefetch"] || req.headers["next-action"]) return false;
  if (req.url.length > 2_000) return false;
  const path = req.url.split("?")[0];
  if (/^\/(_next|healthz)/.test(path)) return false;
  return true;
}

export function createPageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<void>>();
  let bytes = 0;
  const stats = { hits: 0, misses: 0 };

  function remove(key: string) {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.bytes;
    entries.delete(key);
  }

  function store(key: string, entry: Entry) {
    remove(key);
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (bytes <= options.maxBytes) break;
      remove(oldest);
    }
  }

  function serve(entry: Entry, req: IncomingMessage, res: ServerResponse) {
    const nonce = randomBytes(16).toString("base64");
    const rid = randomUUID();
    const chunks: Buffer[] = [];
    entry.parts.forEach((part, i) => {
      chunks.push(part);
      if (i < entry.tokens.length) chunks.push(Buffer.from(entry.tokens[i] === "nonce" ? nonce : rid));
    });
    let body = Buffer.concat(chunks);
    for (const [name, value] of entry.headers) res.setHeader(name, value.replaceAll(NONCE_MARK, nonce).replaceAll(RID_MARK, rid));
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && TEXT_TYPES.test(String(res.getHeader("content-type") ?? ""))) {
      body = gzipSync(body, { level: 1 });
      res.setHeader("Content-Encoding", "gzip");
    }
    res.setHeader("Content-Length", body.length);
    res.setHeader("X-Cache", "hit");
    res.statusCode = entry.status;
    res.end(body);
  }

  /** Splits a body at every occurrence of the response's nonce and request id. */
  function tokenise(body: string, nonce: string | null, rid: string | null): { parts: Buffer[]; tokens: Token[] } {
    const parts: Buffer[] = [];
    const tokens: Token[] = [];
    const pattern = [nonce, rid].filter((t): t is string => Boolean(t)).map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    if (pattern.length === 0) return { parts: [Buffer.from(body)], tokens };
    let last = 0;
    for (const m of body.matchAll(new RegExp(pattern.join("|"), "g"))) {
      parts.push(Buffer.from(body.slice(last, m.index)));
      tokens.push(m[0] === nonce ? "nonce" : "rid");
      last = m.index + m[0].length;
    }
    parts.push(Buffer.from(body.slice(last)));
    return { parts, tokens };
  }

  /** Renders through `next` while recording the response, and stores it when it can be reused. */
  function renderAndStore(key: string, version: string, req: IncomingMessage, res: ServerResponse, next: () => unknown): Promise<void> {
    // Ask Next for identity encoding: the cache compresses per client.
    delete req.headers["accept-encoding"];
    const chunks: Buffer[] = [];
    let captured = 0;
    const keep = (chunk: unknown) => {
      if (captured > MAX_ENTRY_BYTES) return;
      const b = Buffer.from(chunk as Uint8Array);
      captured += b.length;
      chunks.push(b);
    };
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) keep(chunk);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== "function") keep(chunk);
      return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
    }) as ServerResponse["end"];
    res.setHeader("X-Cache", "miss");
    return new Promise<void>((resolve) => {
      res.on("close", () => {
        const type = String(res.getHeader("content-type") ?? "");
        if (res.statusCode === 200 && res.writableFinished && captured <= MAX_ENTRY_BYTES && CACHEABLE_TYPES.test(type) && !res.getHeader("set-cookie")) {
          const nonce = String(res.getHeader("content-security-policy") ?? "").match(/'nonce-([^']+)'/)?.[1] ?? null;
          const rid = String(res.getHeader("x-request-id") ?? "") || null;
          const mark = (value: string) => (nonce ? value.replaceAll(nonce, NONCE_MARK) : value).replaceAll(rid ?? NONCE_MARK, rid ? RID_MARK : NONCE_MARK);
          const headers: [string, string][] = Object.entries(res.getHeaders())
            .filter(([name, value]) => !SKIP_HEADERS.has(name) && value !== undefined)
            .map(([name, value]) => [name, mark(Array.isArray(value) ? value.join(", ") : String(value))]);
          const body = Buffer.concat(chunks);
          const { parts, tokens } = TEXT_TYPES.test(type) ? tokenise(body.toString("utf8"), nonce, rid) : { parts: [body], tokens: [] };
          store(key, { version, status: 200, headers, parts, tokens, bytes: body.length + 512 });
        }
        resolve();
      });
      next();
    });
  }

  const cache = {
    stats: () => ({ ...stats, entries: entries.size, bytes }),
    clear: () => {
      entries.clear();
      bytes = 0;
    },
    async handle(req: IncomingMessage, res: ServerResponse, next: () => unknown): Promise<unknown> {
      if (!isCacheableRequest(req) || options.bypass()) return next();
      // HTTPS responses carry HSTS and upgrade-insecure-requests: keep them apart from plain-HTTP ones.
      const https = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0].trim() === "https";
      const key = `${https ? "https" : "http"} ${req.url}`;
      const version = options.version();
      const cached = entries.get(key);
      if (cached && cached.version === version) {
        stats.hits++;
        entries.delete(key);
        entries.set(key, cached);
        return serve(cached, req, res);
      }
      const pending = inFlight.get(key);
      if (pending) {
        await pending;
        const filled = entries.get(key);
        if (filled && filled.version === version) {
          stats.hits++;
          return serve(filled, req, res);
        }
        // The render we waited for was not cacheable (an error, say): queue up again rather than stampede.
        return cache.handle(req, res, next);
      }
      stats.misses++;
      const rendering = renderAndStore(key, version, req, res, next).finally(() => inFlight.delete(key));
      inFlight.set(key, rendering);
      await rendering;
    },
  };
  return cache;
}
