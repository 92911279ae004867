// The HTTP layer (lib/server/site-handler.ts + http-cache.ts) in front of a stand-in renderer: what it stores, what
// it serves to whom, and the headers it finishes responses with. Real sockets, real Node HTTP.
import { get as httpGet, createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpCache, normalisedUrl } from "@/lib/server/http-cache";
import { createSiteHandler } from "@/lib/server/site-handler";

type Render = (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A site handler on a free port; `render` stands in for Next.js. */
async function site(render: Render, options: { maxBytes?: number; version?: () => string; cache?: boolean } = {}) {
  const version = options.version ?? (() => "1:2026-11-30");
  const handler = createSiteHandler({
    render,
    version,
    buildId: "test-build",
    cache: options.cache === false ? null : createHttpCache({ maxBytes: options.maxBytes ?? 1024 * 1024, version }),
    databaseUrl: "postgresql://nobody@127.0.0.1:1/none",
    dev: false,
  });
  const server = createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
    const res = await fetch(`${base}${path}`, { headers, method, redirect: "manual" });
    return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
  };
  return { get, base };
}

/** A page that echoes what reached the renderer, so that anything a client sends shows in the body. */
function echoPage(counter: { renders: number }, extra: (req: IncomingMessage) => string = () => ""): Render {
  return async (req, res) => {
    counter.renders++;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.write(`<!doctype html><html><head><script>window.page=${JSON.stringify(req.url)}</script></head>`);
    res.end(
      `<body><p>host=${req.headers.host} id=${req.headers["x-request-id"] ?? "none"} ${extra(req)}</p></body></html>`,
    );
  };
}

describe("the HTTP layer", () => {
  it("answers two plain GETs with identical bytes, a public Cache-Control, a strong ETag and a CSP hashing the inline script", async () => {
    const counter = { renders: 0 };
    const { get } = await site(echoPage(counter));
    const a = await get("/projects");
    const b = await get("/projects");
    expect(a.body).toBe(b.body);
    expect(a.headers["content-security-policy"]).toBe(b.headers["content-security-policy"]);
    expect(a.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
    const scriptSrc = a.headers["content-security-policy"].split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).not.toMatch(/unsafe-inline|nonce-/);
    expect(a.headers["cache-control"]).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    expect(a.headers.etag).toMatch(/^"[^"]+"$/);
    expect(a.headers["x-request-id"]).toBeUndefined();
    expect([a.headers["x-cache"], b.headers["x-cache"]]).toEqual(["miss", "hit"]);
    expect(counter.renders).toBe(1);
  });

  it("answers If-None-Match with 304 and no body, with or without a stored copy", async () => {
    const counter = { renders: 0 };
    const { get } = await site(echoPage(counter), { cache: false });
    const first = await get("/countries");
    const again = await get("/countries", { "If-None-Match": first.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(counter.renders).toBe(1);
    expect((await get("/countries", { "If-None-Match": '"something-else"' })).status).toBe(200);
  });

  it.each([
    ["X-Request-Id", "Integration"],
    ["X-Request-Id", "poison-marker-0001"],
    ["Host", "evil.example"],
    ["X-Forwarded-Host", "evil.example"],
    ["X-Forwarded-Proto", "https"],
    ["Forwarded", "host=evil.example;proto=https"],
    ["X-Middleware-Subrequest", "middleware:middleware:middleware:middleware:middleware"],
    ["Cookie", "session=evil"],
    ["Authorization", "Bearer evil"],
    ["Accept", "text/x-component"],
    ["Accept-Language", "ar"],
    ["User-Agent", "Googlebot/2.1 evil"],
  ])("a request with %s: %s changes nothing another visitor receives", async (name, value) => {
    const counter = { renders: 0 };
    const { get } = await site(
      echoPage(counter, (req) => `ua=${req.headers["user-agent"]} xfh=${req.headers["x-forwarded-host"] ?? ""}`),
    );
    const hostile = await get("/programmes/interreg", { [name]: value });
    expect(hostile.body).not.toMatch(/evil|poison-marker/);
    const plain = await get("/programmes/interreg");
    const { get: control } = await site(
      echoPage({ renders: 0 }, (req) => `ua=${req.headers["user-agent"]} xfh=${req.headers["x-forwarded-host"] ?? ""}`),
    );
    const expected = await control("/programmes/interreg");
    expect(plain.body).toBe(expected.body);
    expect(plain.headers["content-security-policy"]).toBe(expected.headers["content-security-policy"]);
  });

  it("never stores a response to a request with cookies or credentials, but serves them stored public copies", async () => {
    const counter = { renders: 0 };
    const { get } = await site(echoPage(counter));
    await get("/about", { Cookie: "a=b" });
    await get("/about", { Authorization: "Basic eDp5" });
    expect(counter.renders).toBe(2);
    await get("/about");
    expect((await get("/about", { Cookie: "a=b" })).headers["x-cache"]).toBe("hit");
    expect(counter.renders).toBe(3);
  });

  it("does not answer If-None-Match: * with 304 for an address that has no page", async () => {
    const { get } = await site(async (_req, res) => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end("<p>not found</p>");
    });
    const r = await get("/projects/nothing", { "If-None-Match": "*" });
    expect(r.status).toBe(404);
    expect(r.body).toContain("not found");
  });

  it("answers a renderer that fails outright with a 500 the client receives", async () => {
    const handler = createSiteHandler({
      render: async () => {
        throw new Error("renderer broke");
      },
      version: () => "1:2026-11-30",
      buildId: "test-build",
      cache: null,
      databaseUrl: "postgresql://nobody@127.0.0.1:1/none",
      dev: false,
    });
    const server = createServer((req, res) =>
      handler(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { "Cache-Control": "no-store" }).end("Internal error\n");
      }),
    );
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/about`);
    expect(res.status).toBe(500);
    expect(await res.text()).toBe("Internal error\n");
  });

  it("stores only what says it is publicly cacheable: errors and the health check are no-store, with our request id", async () => {
    const counter = { renders: 0 };
    const { get } = await site(async (req, res) => {
      counter.renders++;
      res.statusCode = req.url === "/missing" ? 404 : 200;
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end("{}");
    });
    for (const path of ["/missing", "/missing", "/healthz", "/healthz"]) {
      const r = await get(path, { "X-Request-Id": "client-chosen-id" });
      expect(r.headers["cache-control"]).toBe("no-store");
      expect(r.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(counter.renders).toBe(4);
  });

  it("answers HEAD with the headers of the GET, from the stored copy when there is one", async () => {
    const counter = { renders: 0 };
    const { get } = await site(echoPage(counter));
    const head = await get("/projects/arc", {}, "HEAD");
    const full = await get("/projects/arc");
    expect(head.body).toBe("");
    expect(head.headers["content-security-policy"]).toBe(full.headers["content-security-policy"]);
    expect(head.headers.etag).toBe(full.headers.etag);
    expect((await get("/projects/arc", {}, "HEAD")).headers["x-cache"]).toBe("hit");
  });

  it("renders a URL once for many concurrent first requests", async () => {
    const counter = { renders: 0 };
    const slow: Render = async (req, res) => {
      await new Promise((r) => setTimeout(r, 100));
      return echoPage(counter)(req, res);
    };
    const { get } = await site(slow);
    const bodies = await Promise.all(Array.from({ length: 12 }, () => get("/countries/it")));
    expect(new Set(bodies.map((b) => b.body)).size).toBe(1);
    expect(counter.renders).toBe(1);
  });

  it("streams a body too big to keep, and keeps nothing of it", async () => {
    const counter = { renders: 0 };
    const chunk = "x".repeat(64 * 1024);
    const { get } = await site(async (_req, res) => {
      counter.renders++;
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      for (let i = 0; i < 80; i++) res.write(chunk); // 5 MB
      res.end("\n");
    });
    const a = await get("/projects.csv");
    expect(a.body.length).toBe(80 * chunk.length + 1);
    expect(a.headers["content-security-policy"]).toContain("default-src 'self'");
    await get("/projects.csv");
    expect(counter.renders).toBe(2);
  });

  it("compresses for clients that accept gzip, with a distinct ETag for the compressed bytes", async () => {
    const { base } = await site(echoPage({ renders: 0 }, () => "y".repeat(5000)));
    const raw = (headers: Record<string, string>) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        httpGet(`${base}/organisations`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on("error", reject);
      });
    const identity = await raw({});
    const gzip = await raw({ "Accept-Encoding": "gzip, br" });
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(identity.body.length);
    expect(gzip.headers.etag).not.toBe(identity.headers.etag);
    expect(identity.headers.vary).toContain("Accept-Encoding");
  });

  it("evicts the least recently used entries beyond its byte budget, and drops entries of an older version", async () => {
    let version = "1:2026-11-30";
    const counter = { renders: 0 };
    const { get } = await site(
      echoPage(counter, () => "z".repeat(3000)),
      { maxBytes: 14_000, version: () => version },
    );
    for (const p of ["/a", "/b", "/c", "/a"]) await get(p);
    expect(counter.renders).toBe(3);
    await get("/d"); // over budget: /b, the least recently used, goes
    expect((await get("/a")).headers["x-cache"]).toBe("hit");
    expect((await get("/b")).headers["x-cache"]).toBe("miss");
    version = "2:2026-11-30";
    const after = await get("/a");
    expect(after.headers["x-cache"]).toBe("miss");
  });
});

describe("normalisedUrl", () => {
  it.each([
    ["/projects?country=AT", "/projects?country=AT"],
    ["/projects?q=%c3%a9", "/projects?q=%c3%a9"],
    ["/a/../projects", "/projects"],
    ["/projects#x", "/projects"],
  ])("%s → %s", (input, output) => expect(normalisedUrl(input)).toBe(output));
});
