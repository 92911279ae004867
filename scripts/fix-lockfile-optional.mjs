// Our npm registry mirror lacks some other-platform builds (e.g. @next/swc-win32-*), so `npm install` leaves them out
// of package-lock.json and `npm ci` then refuses the lockfile as out of sync. This adds a lock entry for each such
// optional dependency, with the os/cpu its name encodes: npm ci then sees the tree in sync and skips them on this
// platform, as it would skip any foreign-platform build. Run after `npm install` changes the lockfile.
import { readFileSync, writeFileSync } from "node:fs";

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
const OS = ["android", "darwin", "freebsd", "linux", "win32", "openharmony", "wasm32"];
let added = 0;

for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[base] || packages[`node_modules/${name}`]) continue;
    const parts = name.split("/").pop().split("-");
    const os = parts.find((p) => OS.includes(p));
    if (!os) continue;
    const cpu = parts[parts.indexOf(os) + 1] ?? "x64";
    const version = String(range).replace(/^[\^~=]/, "");
    packages[`node_modules/${name}`] = {
      version,
      ...(os === "wasm32" ? { cpu: ["wasm32"] } : { cpu: [cpu === "arm" ? "arm" : cpu], os: [os] }),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
    };
    added++;
  }
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`Added ${added} foreign-platform optional entries to package-lock.json.`);
