// Loading content/translations/<locale>.json: optional, partial allowed, and nothing that does not line up with the
// English content it translates (tests/fixtures/translations are partial translations of two projects).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, loadCatalogue } from "../../lib/content/load";
import type { TranslationFile } from "../../lib/content/schema";

async function contentWithTranslations(edit?: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(tmpdir(), "atlas-content-"));
  await cp("content", dir, { recursive: true });
  // The fixtures only, in place of the real translations.
  await rm(path.join(dir, "translations"), { recursive: true, force: true });
  await cp("tests/fixtures/translations", path.join(dir, "translations"), { recursive: true });
  await edit?.(dir);
  return dir;
}

/** Edits a fixture file as JSON (the edits make it invalid on purpose: the type is the valid file's, loosened). */
async function editTranslation(
  dir: string,
  locale: string,
  change: (t: TranslationFile & { locale: string; projects: Record<string, Record<string, unknown>> }) => void,
) {
  const file = path.join(dir, "translations", `${locale}.json`);
  const data = JSON.parse(await readFile(file, "utf8"));
  change(data);
  await writeFile(file, JSON.stringify(data));
}

async function loadError(dir: string): Promise<ContentError> {
  const error = await loadCatalogue(dir).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ContentError)) throw new Error(`expected a ContentError, got ${String(error)}`);
  return error;
}

describe("translation files", () => {
  it("loads every language's file, partial translations included", async () => {
    const catalogue = await loadCatalogue(await contentWithTranslations());
    expect(catalogue.translations.map((t) => t.locale)).toEqual(["ar", "de", "fr", "uk"]);
    const de = catalogue.translations.find((t) => t.locale === "de");
    expect(Object.keys(de?.projects ?? {}).sort()).toEqual(["begin", "siforref"]);
  });

  it("treats a missing translations folder as no translation", async () => {
    const dir = await contentWithTranslations((d) => rm(path.join(d, "translations"), { recursive: true }));
    expect((await loadCatalogue(dir)).translations).toEqual([]);
  });

  it("rejects a translation of a project that does not exist, naming file and record", async () => {
    const dir = await contentWithTranslations((d) =>
      editTranslation(d, "de", (t) => {
        t.projects["no-such-project"] = t.projects.begin;
      }),
    );
    const error = await loadError(dir);
    expect(error.file).toBe("translations/de.json");
    expect(error.problems).toEqual([{ path: "projects.no-such-project", message: "no such record" }]);
  });

  it("rejects a term of an unknown slug", async () => {
    const dir = await contentWithTranslations((d) =>
      editTranslation(d, "fr", (t) => {
        t.themes["astronomy"] = { name: "Astronomie", definition: "Les étoiles." };
      }),
    );
    expect((await loadError(dir)).problems).toEqual([{ path: "themes.astronomy", message: "no such record" }]);
  });

  it("rejects objectives that do not line up with the English ones", async () => {
    const dir = await contentWithTranslations((d) =>
      editTranslation(d, "uk", (t) => {
        t.projects.begin.objectives = ["Сприяти заснуванню", "Надавати консультації"];
      }),
    );
    expect((await loadError(dir)).problems).toEqual([
      { path: "projects.begin.objectives", message: "2 objectives, English has 3" },
    ]);
  });

  it("rejects a file whose locale is not its name, and a field the schema does not know", async () => {
    const misnamed = await contentWithTranslations((d) =>
      editTranslation(d, "ar", (t) => {
        t.locale = "de";
      }),
    );
    expect((await loadError(misnamed)).problems).toEqual([{ path: "locale", message: "must match the file name" }]);
    const extra = await contentWithTranslations((d) =>
      editTranslation(d, "de", (t) => {
        t.projects.begin.title = "Ein Titel";
      }),
    );
    expect((await loadError(extra)).file).toBe("translations/de.json");
  });
});
