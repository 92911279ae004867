// Reads every file under content/, validates it with its zod schema and checks the references between files.
import { access, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import {
  organisationFile,
  periodCountsDataset,
  programmeFile,
  projectFile,
  sourceFile,
  taxonomyFile,
  translationFile,
  type OrganisationFile,
  type PeriodCountsDataset,
  type ProgrammeFile,
  type ProjectFile,
  type SourceFile,
  type TaxonomyFile,
  type TranslationFile,
} from "./schema";
import { translationProblems } from "./translation-coverage";

export type Catalogue = {
  sources: SourceFile;
  programmes: ProgrammeFile;
  themes: TaxonomyFile;
  targetGroups: TaxonomyFile;
  organisations: OrganisationFile[];
  projects: ProjectFile[];
  datasets: PeriodCountsDataset[];
  /** content/translations/<locale>.json, by locale code; a missing file or record falls back to English. */
  translations: TranslationFile[];
};

/** A content error that names the file, the field path and what is wrong. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`${file}:\n` + problems.map((p) => `  - ${p.path || "(file)"}: ${p.message}`).join("\n"));
    this.name = "ContentError";
  }
}

async function parseJsonFile<T extends z.ZodType>(root: string, rel: string, schema: T): Promise<z.output<T>> {
  const full = path.join(root, rel);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(full, "utf8"));
  } catch (error) {
    throw new ContentError(rel, [{ path: "", message: `not valid JSON (${(error as Error).message})` }]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new ContentError(
      rel,
      result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  return result.data;
}

async function jsonFilesIn(root: string, dir: string, optional = false): Promise<string[]> {
  if (optional && !(await access(path.join(root, dir)).then(() => true, () => false))) return [];
  const names = await readdir(path.join(root, dir));
  return names.filter((n) => n.endsWith(".json")).sort().map((n) => path.posix.join(dir, n));
}

export async function loadCatalogue(root = path.resolve("content")): Promise<Catalogue> {
  const [sources, programmes, themes, targetGroups] = await Promise.all([
    parseJsonFile(root, "sources.json", sourceFile),
    parseJsonFile(root, "programmes.json", programmeFile),
    parseJsonFile(root, "themes.json", taxonomyFile),
    parseJsonFile(root, "target-groups.json", taxonomyFile),
  ]);
  const organisations = await Promise.all(
    (await jsonFilesIn(root, "organisations")).map((f) => parseJsonFile(root, f, organisationFile).then((o) => ({ f, o }))),
  );
  const projects = await Promise.all(
    (await jsonFilesIn(root, "projects")).map((f) => parseJsonFile(root, f, projectFile).then((p) => ({ f, p }))),
  );
  const datasets = await Promise.all(
    (await jsonFilesIn(root, "datasets")).map((f) => parseJsonFile(root, f, periodCountsDataset)),
  );
  // Translations are optional: no folder or no file for a language means that language shows the English text.
  const translations = await Promise.all(
    (await jsonFilesIn(root, "translations", true)).map((f) => parseJsonFile(root, f, translationFile).then((t) => ({ f, t }))),
  );

  const known = {
    source: new Set(sources.map((s) => s.file)),
    programme: new Set(programmes.map((p) => p.slug)),
    theme: new Set(themes.map((t) => t.slug)),
    targetGroup: new Set(targetGroups.map((t) => t.slug)),
    organisation: new Set(organisations.map(({ o }) => o.slug)),
  };

  const sourceSlugs = new Set<string>();
  sources.forEach((s, i) => {
    if (sourceSlugs.has(s.slug)) throw new ContentError("sources.json", [{ path: `${i}.slug`, message: `"${s.slug}" is used twice` }]);
    sourceSlugs.add(s.slug);
  });

  for (const { f, o } of organisations) {
    if (`organisations/${o.slug}.json` !== f) throw new ContentError(f, [{ path: "slug", message: `must match the file name` }]);
  }
  programmes.forEach((p, i) => {
    if (p.parent && !known.programme.has(p.parent))
      throw new ContentError("programmes.json", [{ path: `${i}.parent`, message: `unknown programme "${p.parent}"` }]);
  });
  for (const d of datasets) {
    if (!known.source.has(d.source.document))
      throw new ContentError(`datasets/${d.slug}.json`, [{ path: "source.document", message: "unknown source document" }]);
  }

  for (const { f, p } of projects) {
    const problems: { path: string; message: string }[] = [];
    if (`projects/${p.slug}.json` !== f) problems.push({ path: "slug", message: "must match the file name" });
    if (!known.source.has(p.source.document))
      problems.push({ path: "source.document", message: `unknown source document "${p.source.document}"` });
    if (p.programme && !known.programme.has(p.programme))
      problems.push({ path: "programme", message: `unknown programme "${p.programme}"` });
    p.themes.forEach((t, i) => {
      if (!known.theme.has(t)) problems.push({ path: `themes.${i}`, message: `unknown theme "${t}"` });
    });
    p.targetGroups.forEach((t, i) => {
      if (!known.targetGroup.has(t)) problems.push({ path: `targetGroups.${i}`, message: `unknown target group "${t}"` });
    });
    const seen = new Set<string>();
    p.partners.forEach((x, i) => {
      if (!known.organisation.has(x.organisation))
        problems.push({ path: `partners.${i}.organisation`, message: `unknown organisation "${x.organisation}"` });
      if (seen.has(x.organisation))
        problems.push({ path: `partners.${i}.organisation`, message: `"${x.organisation}" is listed twice` });
      seen.add(x.organisation);
    });
    if (problems.length) throw new ContentError(f, problems);
  }

  const catalogue = {
    sources,
    programmes,
    themes,
    targetGroups,
    organisations: organisations.map(({ o }) => o),
    projects: projects.map(({ p }) => p),
    datasets,
    translations: translations.map(({ t }) => t),
  };
  // A partial translation is fine (what is missing shows in English); a translation of nothing, or one whose
  // objectives or results do not line up with the English ones, is an error.
  for (const { f, t } of translations) {
    const problems = [
      ...(`translations/${t.locale}.json` !== f ? [{ path: "locale", message: "must match the file name" }] : []),
      ...translationProblems(catalogue, t).filter((p) => p.message !== "missing"),
    ];
    if (problems.length) throw new ContentError(f, problems);
  }
  return catalogue;
}
