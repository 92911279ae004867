// The HTTP layer in front of Next.js (scripts/start.ts): it alone decides what a response's caching and security
// headers are, so that every public response is the same bytes for every visitor of a URL and any HTTP cache can
// hold it (docs/decisions/003-http-caching.md).
//
// Per request: our own request id (a client's is only logged, validated); headers that only a trusted proxy may
// set are dropped; a matching If-None-Match is answered 304 without rendering; a fresh stored response is served
// from the in-process cache; otherwise Next renders into a buffer, after which the layer adds the CSP with the
// hashes of the page's inline scripts, Cache-Control, a strong ETag, and turns a failure caused by a database
// outage into the friendly 503.
import { createHash, randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, gzipSync } from "node:zlib";
import type { BulkFile } from "../catalogue/bulk-files";
import { config } from "../config";
import { databaseIsUp, pingDatabase, reportConnectionFailure } from "../health/database-health";
import { unavailableBody } from "../health/unavailable-page";
import { log, plausibleRequestId } from "../log";
import { contentSecurityPolicy, isEmbeddablePath, staticSecurityHeaders } from "../security/headers";
import { NO_STORE, publicCacheControl } from "./freshness";
import { MAX_ENTRY_BYTES, mayStoreResponseTo, normalisedUrl, type CachedResponse, type HttpCache } from "./http-cache";
import { inlineHashes } from "./inline-hashes";

/** Request headers only a trusted proxy or Next.js itself may set; a client's copies are dropped. */
const UNTRUSTED_HEADERS = [
  "x-request-id",
  "x-atlas-request-id",
  "x-atlas-client-request-id",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-middleware-subrequest",
  "x-middleware-prefetch",
  "x-middleware-invoke",
  "x-invoke-path",
  "x-invoke-query",
  "x-invoke-status",
  "x-invoke-error",
  "x-invoke-output",
  "x-matched-path",
  "x-now-route-matches",
  "x-nextjs-data",
  "x-prerender-revalidate",
  "x-prerender-revalidate-if-generated",
  "x-next-revalidated-tags",
  "x-next-revalidate-tag-token",
];

/** The request headers Next.js varies its responses on (React Server Component requests), besides the encoding. */
const NEXT_VARY = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

const SITE_HOST = new URL(config.SITE_URL).host;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg\+xml)/;
/** Responses are buffered up to this size (to hash and cache them); larger ones (big exports) stream through. */
const BUFFER_LIMIT = MAX_ENTRY_BYTES;

export type SiteHandlerOptions = {
  render: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  /** Changes with every seed and every new day: part of every ETag, and the version of cache entries. */
  version: () => string;
  buildId: string;
  cache: HttpCache | null;
  databaseUrl: string;
  dev: boolean;
  /** The stored whole-catalogue file for a path requested without a query, if there is one (export-pool.ts), with
   * headers of its own (the release it was made from). */
  bulkFile?: (path: string) => Promise<{ file: BulkFile; headers: Record<string, string> } | null>;
};

type Finished = CachedResponse & { cacheable: boolean };

/** Whether responses at this path are public (everything but the health check and build assets). */
function isPublicPath(path: string): boolean {
  return !/^\/(healthz|_next\/)/.test(path);
}

function headerValue(value: string | string[] | number | undefined): string {
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

/** Whether If-None-Match names `etag` (or its gzip variant); "*" only when a representation is known to exist. */
function etagMatches(ifNoneMatch: string | undefined, etag: string, exists: boolean): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.slice(1, -1);
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim().replace(/^W\//, "");
    return (t === "*" && exists) || t === etag || t === `"${bare}-gzip"`;
  });
}

export function createSiteHandler(options: SiteHandlerOptions) {
  const inFlight = new Map<string, Promise<void>>();

  /** Strong ETag of the response to `req` at this version: same build, seed, day, URL and variant ⇒ same bytes. */
  function etagOf(req: IncomingMessage, version: string): string {
    const hash = createHash("sha256").update(`${options.buildId}\n${version}\n${normalisedUrl(req.url ?? "/")}`);
    for (const name of NEXT_VARY) hash.update(`\n${name}:${headerValue(req.headers[name])}`);
    return `"${hash.digest("base64url").slice(0, 32)}"`;
  }

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    response: CachedResponse,
    extra: Record<string, string> = {},
  ) {
    const etag = response.headers.etag;
    const headers = { ...response.headers, ...extra };
    if (etag && response.status === 200 && etagMatches(headerValue(req.headers["if-none-match"]), etag, true)) {
      const kept = ["cache-control", "etag", "vary", "age", "content-security-policy", "x-content-type-options"];
      res.writeHead(304, Object.fromEntries(Object.entries(headers).filter(([name]) => kept.includes(name))));
      res.end();
      return;
    }
    const gzip = response.gzip && /\bgzip\b/.test(headerValue(req.headers["accept-encoding"]));
    const body = gzip && response.gzip ? response.gzip : response.body;
    if (gzip && etag) headers.etag = `"${etag.slice(1, -1)}-gzip"`;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
  }

  /** A whole-catalogue file: gzip as stored when the client takes it, else decompressed on the way out. */
  function sendBulk(
    req: IncomingMessage,
    res: ServerResponse,
    { file, headers: own }: { file: BulkFile; headers: Record<string, string> },
    etag: string,
  ) {
    const gzip = /\bgzip\b/.test(headerValue(req.headers["accept-encoding"]));
    const headers: Record<string, string> = {
      ...lower(own),
      ...lower(staticSecurityHeaders({ embeddable: false })),
      "content-security-policy": contentSecurityPolicy(undefined, { dev: options.dev, embeddable: false }),
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": publicCacheControl(),
      etag: gzip ? `"${etag.slice(1, -1)}-gzip"` : etag,
      vary: "Accept-Encoding",
      "content-length": String(gzip ? file.gzipBytes : file.bytes),
      "x-cache": "bulk",
    };
    if (gzip) headers["content-encoding"] = "gzip";
    res.writeHead(200, headers);
    if (gzip) res.end(file.gzip);
    else pipeline(Readable.from([file.gzip]), createGunzip(), res).catch(() => res.destroy());
  }

  /** The 503 that a failure caused by an unreachable database becomes. */
  function unavailable(path: string, requestId: string): CachedResponse {
    const { body, type, hashes } = unavailableBody(path.startsWith("/api/"), requestId);
    return {
      status: 503,
      headers: {
        ...lower(staticSecurityHeaders({ embeddable: isEmbeddablePath(path) })),
        "content-security-policy": contentSecurityPolicy(hashes, { embeddable: isEmbeddablePath(path) }),
        "content-type": type,
        "cache-control": NO_STORE,
        "retry-after": "5",
        "x-request-id": requestId,
      },
      body: Buffer.from(body),
      gzip: null,
    };
  }

  async function outage(): Promise<boolean> {
    if (!databaseIsUp()) return true;
    if ((await pingDatabase(options.databaseUrl, 500)) !== "refused") return false;
    reportConnectionFailure();
    return true;
  }

  /**
   * Lets Next render into a buffer and finishes the headers. Returns the finished response, or null when it was too
   * big to buffer and has streamed straight to the client.
   */
  function render(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    version: string,
  ): Promise<Finished | null> {
    const path = (req.url ?? "/").split("?")[0];
    const chunks: Buffer[] = [];
    let buffered = 0;
    let streaming = false;
    const realWriteHead = res.writeHead.bind(res);
    const realWrite = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const realEnd = res.end.bind(res) as (...args: unknown[]) => ServerResponse;

    const finishHeaders = (body: Buffer | null): Finished => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (
          value !== undefined &&
          !["content-length", "transfer-encoding", "connection", "keep-alive", "date"].includes(name)
        ) {
          headers[name] = headerValue(value);
        }
      }
      const status = res.statusCode;
      const cacheable =
        req.method === "GET" && isPublicPath(path) && [200, 301, 308].includes(status) && !headers["set-cookie"];
      const embeddable = isEmbeddablePath(path);
      if (embeddable) delete headers["x-frame-options"];
      Object.assign(headers, lower(staticSecurityHeaders({ embeddable })));
      const type = headers["content-type"] ?? "";
      const html = /^text\/html/.test(type) && body !== null;
      headers["content-security-policy"] = contentSecurityPolicy(
        html ? inlineHashes(body.toString("utf8")) : undefined,
        { dev: options.dev, embeddable },
      );
      if (cacheable) {
        headers["cache-control"] = publicCacheControl();
        if (status === 200) headers.etag = etagOf(req, version);
        const vary = new Set(
          headerValue(headers.vary)
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean),
        );
        if (COMPRESSIBLE.test(type)) vary.add("Accept-Encoding");
        if (vary.size) headers.vary = [...vary].join(", ");
      } else {
        headers["cache-control"] = NO_STORE;
        headers["x-request-id"] = requestId;
        delete headers.etag;
      }
      const gzip = body && COMPRESSIBLE.test(type) && body.length > 1024 ? gzipSync(body, { level: 5 }) : null;
      return { status, headers, body: body ?? Buffer.alloc(0), gzip, cacheable };
    };

    return new Promise<Finished | null>((resolve, reject) => {
      // A client that goes away mid-render must not leave waiters of the single flight hanging.
      res.once("close", () => resolve(null));
      const keep = (chunk: unknown, encoding?: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === "function") return;
        const b =
          typeof chunk === "string"
            ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
            : Buffer.from(chunk as Uint8Array);
        chunks.push(b);
        buffered += b.length;
      };
      // Too big to buffer: send what we have with the headers known now, then stream the rest.
      const startStreaming = () => {
        streaming = true;
        // The ETag stays: it names build, seed, day and URL, not these bytes' hash.
        const finished = finishHeaders(null);
        res.writeHead = realWriteHead;
        res.write = realWrite as ServerResponse["write"];
        res.end = realEnd as ServerResponse["end"];
        realWriteHead(finished.status, finished.headers);
        realWrite(Buffer.concat(chunks));
        chunks.length = 0;
      };
      res.writeHead = ((status: number, ...rest: unknown[]) => {
        res.statusCode = status;
        const headers = rest.find((r) => typeof r === "object" && r !== null);
        if (Array.isArray(headers))
          for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
        else if (headers)
          for (const [name, value] of Object.entries(headers))
            if (value !== undefined) res.setHeader(name, value as string);
        return res;
      }) as ServerResponse["writeHead"];
      res.flushHeaders = () => {};
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        if (buffered > BUFFER_LIMIT && !streaming) startStreaming();
        const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
        callback?.();
        return true;
      }) as ServerResponse["write"];
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        keep(chunk, rest[0]);
        const callback = [chunk, ...rest].find((r) => typeof r === "function") as (() => void) | undefined;
        if (streaming) {
          realEnd(Buffer.concat(chunks), callback);
          resolve(null);
          return res;
        }
        res.writeHead = realWriteHead;
        res.write = realWrite as ServerResponse["write"];
        res.end = realEnd as ServerResponse["end"];
        resolve(finishHeaders(Buffer.concat(chunks)));
        callback?.();
        return res;
      }) as ServerResponse["end"];
      options.render(req, res).catch((error: unknown) => {
        // Give the response its own methods back, so that the caller can still answer with an error.
        res.writeHead = realWriteHead;
        res.write = realWrite as ServerResponse["write"];
        res.end = realEnd as ServerResponse["end"];
        reject(error);
      });
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const clientRequestId = headerValue(req.headers["x-request-id"]);
    for (const name of UNTRUSTED_HEADERS) delete req.headers[name];
    req.headers["x-atlas-request-id"] = requestId;
    // Next.js shapes its output by User-Agent (metadata streamed for browsers, blocking for bots): one fixed value
    // makes every visitor's page the same bytes.
    req.headers["user-agent"] = "IntegrationAtlas";
    // Next.js builds request URLs (redirects, metadata) from Host: it always sees the configured origin's.
    req.headers.host = SITE_HOST;
    if (plausibleRequestId(clientRequestId)) req.headers["x-atlas-client-request-id"] = clientRequestId;

    const path = (req.url ?? "/").split("?")[0];
    // Build assets carry Next's own immutable caching and their headers from next.config.js.
    if (path.startsWith("/_next/static/") || (req.method !== "GET" && req.method !== "HEAD")) {
      await options.render(req, res);
      return;
    }
    const head = req.method === "HEAD";
    // HEAD is answered with the headers of the GET (same CSP, same ETag): render as GET; Node drops the body.
    if (head) req.method = "GET";
    const version = options.version();
    const cacheRequest = { method: "GET", url: req.url ?? "/", headers: req.headers };

    if (
      isPublicPath(path) &&
      databaseIsUp() &&
      etagMatches(headerValue(req.headers["if-none-match"]), etagOf(req, version), false)
    ) {
      const etag = etagOf(req, version);
      res.writeHead(304, {
        etag,
        "cache-control": publicCacheControl(),
        ...lower(staticSecurityHeaders({ embeddable: isEmbeddablePath(path) })),
      });
      res.end();
      return;
    }

    const bulk = options.bulkFile && !(req.url ?? "").includes("?") ? await options.bulkFile(path) : null;
    if (bulk) {
      sendBulk(req, res, bulk, etagOf(req, version));
      return;
    }

    const cache = options.cache && databaseIsUp() && isPublicPath(path) ? options.cache : null;
    const key = normalisedUrl(req.url ?? "/");
    for (;;) {
      const hit = cache?.lookup(cacheRequest);
      if (hit) {
        send(req, res, hit, { age: String(hit.age), "x-cache": "hit" });
        return;
      }
      const pending = cache ? inFlight.get(key) : undefined;
      if (!pending) break;
      // Single flight: wait for the render under way, then look again (it may not have been storable).
      await pending;
    }
    const rendering = (async () => {
      let finished = await render(req, res, requestId, version);
      if (finished === null) return;
      if (finished.status >= 500 && isPublicPath(path) && (await outage())) {
        log.warn("served 503: database unreachable during render", { requestId, path });
        finished = { ...unavailable(path, requestId), cacheable: false };
      }
      send(req, res, finished, cache ? { "x-cache": "miss" } : {});
      if (
        cache &&
        finished.cacheable &&
        mayStoreResponseTo({ method: "GET", url: req.url ?? "/", headers: req.headers }) &&
        !head
      ) {
        cache.store(cacheRequest, finished, version);
      }
    })();
    if (cache && !head) {
      inFlight.set(key, rendering);
      rendering.finally(() => inFlight.delete(key)).catch(() => {});
    }
    await rendering;
  }

  return handle;
}

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
