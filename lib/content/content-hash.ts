// A hash of every file under content/, so that a start can tell whether the database already holds this content.
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

export async function contentHash(root = path.resolve("content")): Promise<string> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(await readFile(path.join(root, f))).update("\0");
  return hash.digest("hex");
}
