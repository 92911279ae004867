// Load, validate and seed: validation finishes before the first write, so a bad file leaves the database untouched.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../db/generated/client";
import { contentHash } from "./content-hash";
import { loadCatalogue } from "./load";
import { seedCatalogue } from "./seed";

export async function seedFromContent(
  prisma: PrismaClient,
  options: { root?: string; force?: boolean; log?: (line: string) => void } = {},
): Promise<"seeded" | "unchanged"> {
  const log = options.log ?? console.log;
  const hash = await contentHash(options.root);
  if (!options.force) {
    const last = await prisma.seedRun.findFirst({ orderBy: { id: "desc" } });
    // A database seeded before data releases existed has none: seed once more, which records the first release.
    const released = (await prisma.dataRelease.count()) > 0;
    // Likewise a database seeded before translations were stored, while content/translations/ has some.
    const translated = (await prisma.projectTranslation.count()) > 0 || !(await hasTranslations(options.root));
    if (last?.kind === "content" && last.contentHash === hash && released && translated) return "unchanged";
  }
  log("Validating content/…");
  const catalogue = await loadCatalogue(options.root);
  log(`Seeding ${catalogue.projects.length} projects…`);
  await seedCatalogue(prisma, catalogue, { contentHash: hash, log });
  return "seeded";
}

async function hasTranslations(root = path.resolve("content")): Promise<boolean> {
  const names = await readdir(path.join(root, "translations")).catch(() => []);
  return names.some((name) => name.endsWith(".json"));
}
