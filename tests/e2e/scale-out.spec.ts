// The production shape of docs/deployment.md on one machine: nginx (Debian's, with proxy_cache) in front of two
// stateless app processes sharing one PostgreSQL. Pages through nginx are the bytes the apps send; no header one
// client sends changes what the next one gets; a seed reaches nginx's visitors within the stated lifetime; and an app
// process can stop mid-traffic without a request lost.
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Client as PgClient } from "pg";
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded-postgres";
import { expect, test } from "./fixtures";
import { run, startProcess, stopProcess, within } from "./processes";
import { SITE_URL } from "./site";

test.describe.configure({ mode: "serial", timeout: 180_000 });

/** Seconds shared caches keep a page here (ATLAS_CACHE_TTL): short, so that the seed test runs in seconds. */
const TTL = 3;
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => {
  try {
    execFileSync(p, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});

type App = { base: string; child: ReturnType<typeof startProcess>["child"]; output: () => string };
let dir = "";
let pgDir = "";
let pg: EmbeddedServer;
let apps: App[] = [];
let nginx: ReturnType<typeof startProcess> | null = null;
let front = "";

async function startApp(databaseUrl: string): Promise<App> {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl,
    ATLAS_SEED: "skip",
    PORT: String(port),
    SITE_URL,
    ATLAS_CACHE_TTL: String(TTL),
  };
  const p = startProcess(process.execPath, ["--import", "tsx", "scripts/start.ts"], env);
  const base = `http://127.0.0.1:${port}`;
  await within(60_000, async () => (await fetch(`${base}/healthz`)).status === 200, 200);
  return { base, child: p.child, output: p.output };
}

function nginxConfig(port: number, upstreams: string[]): string {
  return `worker_processes 1;
user root;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
daemon off;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=atlas:10m max_size=200m inactive=10m use_temp_path=off;
  upstream atlas_apps {
    ${upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=2s;`).join("\n    ")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://atlas_apps;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache atlas;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout http_502 http_503;
      proxy_cache_background_update on;
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 2;
      add_header X-Nginx-Cache $upstream_cache_status always;
    }
  }
}
`;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  if (!NGINX) throw new Error("nginx is required for this test: apt-get install -y nginx (.ci/run installs it)");
  dir = await mkdtemp(path.join(tmpdir(), "atlas-scale-"));
  pgDir = await mkdtemp(path.join(tmpdir(), "atlas-scale-pg-"));
  pg = await startEmbeddedPostgres({ dataDir: pgDir });
  await run(process.execPath, ["--import", "tsx", "scripts/seed.ts"], { DATABASE_URL: pg.url });
  apps = await Promise.all([startApp(pg.url), startApp(pg.url)]);
  // A process's first render of a route may serialise React's payload in another order (modules still loading): the
  // page is the same, the bytes not. Real deployments warm up the same way before taking traffic.
  for (const app of apps) for (const url of WARM_UP) await fetch(`${app.base}${url}`).then((r) => r.arrayBuffer());
  const port = await freePort();
  front = `http://127.0.0.1:${port}`;
  for (const sub of ["body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"])
    await mkdir(path.join(dir, sub), { recursive: true });
  await writeFile(
    path.join(dir, "nginx.conf"),
    nginxConfig(
      port,
      apps.map((a) => a.base.replace("http://", "")),
    ),
  );
  nginx = startProcess(
    NGINX!,
    ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "nginx-error.log")],
    {},
  );
  await within(10_000, async () => (await fetch(`${front}/healthz`)).status === 200, 100);
});

test.afterAll(async () => {
  if (nginx) await stopProcess(nginx.child, "SIGQUIT");
  for (const app of apps) await stopProcess(app.child);
  await pg?.stop();
  for (const d of [dir, pgDir]) if (d) await rm(d, { recursive: true, force: true });
});

const WARM_UP = [
  "/",
  "/projects?warm=1",
  "/projects/arc?warm=1",
  "/countries?warm=1",
  "/countries/it?warm=1",
  "/programmes/interreg?warm=1",
  "/organisations?warm=1",
  "/organisations/university-of-vienna?warm=1",
  "/api/v1/projects?page=2",
  "/feed.xml?warm=1",
  "/sitemap.xml?warm=1",
  "/about?warm=1",
];

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers, redirect: "manual" });
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
};

test("through nginx, pages are byte-identical to what each app process sends, and nginx holds them", async () => {
  const problems: string[] = [];
  for (const url of [
    "/",
    "/projects",
    "/projects/arc",
    "/countries",
    "/countries/it",
    "/organisations",
    "/api/v1/projects",
    "/feed.xml",
    "/sitemap.xml",
  ]) {
    const first = await get(`${front}${url}`);
    const second = await get(`${front}${url}`);
    if (first.status !== 200) problems.push(`${url}: status ${first.status}`);
    if (second.headers["x-nginx-cache"] !== "HIT")
      problems.push(`${url}: nginx did not keep it (${second.headers["x-nginx-cache"]})`);
    if (second.body !== first.body) problems.push(`${url}: nginx's second copy differs`);
    for (const app of apps) {
      const direct = await get(`${app.base}${url}`);
      if (direct.body !== first.body) problems.push(`${url}: ${app.base} sends other bytes than nginx`);
      if (direct.headers["content-security-policy"] !== first.headers["content-security-policy"])
        problems.push(`${url}: CSP differs on ${app.base}`);
    }
  }
  expect(problems).toEqual([]);
});

/** Where two bodies part, with a little of each, so that a failure says what differs. */
function firstDifference(a: string, b: string): string {
  if (a === b) return "same body";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differ at ${i} of ${a.length}/${b.length}: ${JSON.stringify(a.slice(i, i + 120))} vs ${JSON.stringify(b.slice(i, i + 120))}`;
}

/** Headers one client may send; none may change what the next client receives. */
const HOSTILE: [string, string][] = [
  ["X-Request-Id", "Integration"],
  ["Host", "evil.example"],
  ["X-Forwarded-Host", "evil.example"],
  ["X-Forwarded-Proto", "http"],
  ["Forwarded", "host=evil.example;proto=http"],
  ["RSC", "1"],
  ["Next-Router-Prefetch", "1"],
  ["Next-Router-State-Tree", encodeURIComponent(JSON.stringify(["", { children: ["about", {}] }, null, null, true]))],
  ["Next-Url", "/about"],
  ["X-Middleware-Subrequest", "middleware:middleware:middleware:middleware:middleware"],
  ["X-Nextjs-Data", "1"],
  ["X-Prerender-Revalidate", "evil"],
  ["Cookie", "__prerender_bypass=evil; __next_preview_data=evil"],
  ["Authorization", "Basic ZXZpbDpldmls"],
  ["User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)"],
];
/** Fresh URLs of four page kinds: a query no earlier request used, so the hostile request is the first to reach them. */
const KINDS = [
  (i: number) => `/projects/drim?ref=battery-${i}`,
  (i: number) => `/projects?q=refugees&page=1&ref=battery-${i}`,
  (i: number) => `/countries/at?ref=battery-${i}`,
  (i: number) => `/organisations?ref=battery-${i}`,
];

test("a battery of hostile headers on fresh URLs changes nothing the next plain visitor gets, in process or through nginx", async () => {
  test.setTimeout(240_000);
  expect(HOSTILE.length).toBeGreaterThanOrEqual(15);
  const problems: string[] = [];
  let n = 0;
  for (const [h, [name, value]] of HOSTILE.entries()) {
    // Each header on two of the four page kinds, in turn (each kind meets half the headers): within CI's time.
    for (const kind of [KINDS[h % KINDS.length], KINDS[(h + 1) % KINDS.length]]) {
      // In process: the attack and the next visitor on app 0; the control rendered by app 1, which never saw the URL.
      const direct = kind(n++);
      await fetch(`${apps[0].base}${direct}`, { headers: { [name]: value } }).then((r) => r.arrayBuffer());
      const next = await get(`${apps[0].base}${direct}`);
      const control = await get(`${apps[1].base}${direct}`);
      if (
        next.body !== control.body ||
        next.headers["content-security-policy"] !== control.headers["content-security-policy"]
      ) {
        problems.push(`in process, ${name}: ${value} on ${direct}: ${firstDifference(next.body, control.body)}`);
      }
      // Through nginx: whichever app rendered the attack, the plain visitor's copy must equal both apps' own.
      const shared = kind(n++);
      await fetch(`${front}${shared}`, { headers: { [name]: value } }).then((r) => r.arrayBuffer());
      const viaNginx = await get(`${front}${shared}`);
      for (const app of apps) {
        const own = await get(`${app.base}${shared}`);
        if (viaNginx.status !== own.status || viaNginx.body !== own.body)
          problems.push(
            `nginx, ${name}: ${value} on ${shared} (vs ${app.base}): ${firstDifference(viaNginx.body, own.body)}`,
          );
      }
    }
  }
  expect(problems).toEqual([]);
});

/** Pages whose renders run several queries at once: one slow query must not reorder them (a project page did). */
const SLOW_PAGES = ["/projects/drim", "/de/projects/drim", "/compare?projects=arc,drim", "/projects?q=refugees"];

test("a slow query changes no byte of a page: every table in turn held locked while fresh URLs render", async () => {
  test.setTimeout(120_000);
  const at = (page: string, ref: string) => `${page}${page.includes("?") ? "&" : "?"}ref=${ref}`;
  // Each page once from app 1, unhindered; the locked renders' refs have the same length and are read as this one.
  const plain = await Promise.all(SLOW_PAGES.map((page) => get(`${apps[1].base}${at(page, "slow-ref")}`)));
  const db = new PgClient({ connectionString: pg.url });
  await db.connect();
  const problems: string[] = [];
  try {
    const { rows } = await db.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY 1",
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const [i, { name }] of rows.entries()) {
      const ref = `slow-${String(i).padStart(3, "0")}`;
      // App 0 renders fresh URLs while the table is locked: queries reading it wait, the others finish first.
      await db.query("BEGIN");
      await db.query(`LOCK TABLE "${name}" IN ACCESS EXCLUSIVE MODE`);
      const slow = Promise.all(SLOW_PAGES.map((page) => get(`${apps[0].base}${at(page, ref)}`)));
      await new Promise((r) => setTimeout(r, 350));
      await db.query("COMMIT");
      for (const [j, render] of (await slow).entries()) {
        const body = render.body.replaceAll(ref, "slow-ref");
        if (render.status !== plain[j].status || body !== plain[j].body)
          problems.push(`${SLOW_PAGES[j]} with ${name} slow: ${firstDifference(body, plain[j].body)}`);
      }
    }
  } finally {
    await db.query("ROLLBACK").catch(() => {});
    await db.end();
  }
  expect(problems).toEqual([]);
});

test("after a seed, nginx serves the new content within the stated lifetime", async () => {
  const content = path.join(dir, "content");
  await cp("content", content, { recursive: true });
  const file = path.join(content, "projects", "arc.json");
  const record = JSON.parse(await readFile(file, "utf8"));
  const before = await get(`${front}/projects/arc`);
  expect(before.body).toContain(record.title);
  expect((await get(`${front}/projects/arc`)).headers["x-nginx-cache"]).toBe("HIT");
  const cacheControl = before.headers["cache-control"];
  const lifetime =
    Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1]) +
    Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1] ?? 0);
  expect(lifetime).toBeLessThanOrEqual(2 * TTL);

  const changed = `${record.title} (re-seeded)`;
  await writeFile(file, JSON.stringify({ ...record, title: changed }, null, 2));
  await run(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
    DATABASE_URL: pg.url,
    ATLAS_CONTENT_DIR: content,
  });
  const seeded = Date.now();
  // Apps learn of a seed within 2 s (they poll seed_run); nginx then revalidates when its copy expires.
  const took = await within(
    (lifetime + 4) * 1000,
    async () => (await get(`${front}/projects/arc`)).body.includes(changed),
    100,
  );
  expect(took).toBeLessThanOrEqual((lifetime + 3) * 1000);
  expect(Date.now() - seeded).toBeLessThan((lifetime + 4) * 1000);
  await run(process.execPath, ["--import", "tsx", "scripts/seed.ts"], { DATABASE_URL: pg.url });
});

test("stopping one app process mid-traffic loses no request", async () => {
  let n = 0;
  const statuses = new Map<number, number>();
  const traffic = autocannon({
    url: front,
    connections: 8,
    duration: 8,
    timeout: 10,
    // Every request a new URL, so that each one reaches an app process rather than nginx's cache.
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: `/projects?q=integration&ref=stop-${n++}` }) }],
    setupClient: (client) =>
      client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1)),
  });
  await new Promise((r) => setTimeout(r, 2_500));
  const code = await stopProcess(apps[1].child, "SIGTERM");
  const result = await traffic;
  expect(code).toBe(0);
  expect(result.errors + result.timeouts).toBe(0);
  expect(Object.fromEntries(statuses)).toEqual({ 200: result.requests.total });
  // Traffic before and after the stop (the stop comes 2.5 s into 8 s); a busy CI machine renders a few a second.
  expect(result.requests.total).toBeGreaterThan(4);
  expect((await get(`${front}/projects/arc`)).status).toBe(200);
});
