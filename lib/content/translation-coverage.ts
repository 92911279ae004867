// What a translation file lacks or has too much of, against the English content it translates.
import type { Catalogue } from "./load";
import type { TranslationFile } from "./schema";

export type CoverageProblem = { path: string; message: string };

export function translationProblems(catalogue: Catalogue, file: TranslationFile): CoverageProblem[] {
  const problems: CoverageProblem[] = [];
  const compare = (section: string, english: string[], translated: string[]) => {
    const known = new Set(english);
    for (const s of english) if (!translated.includes(s)) problems.push({ path: `${section}.${s}`, message: "missing" });
    for (const s of translated) if (!known.has(s)) problems.push({ path: `${section}.${s}`, message: "no such record" });
  };
  compare("programmes", catalogue.programmes.map((p) => p.slug), Object.keys(file.programmes));
  compare("themes", catalogue.themes.map((t) => t.slug), Object.keys(file.themes));
  compare("targetGroups", catalogue.targetGroups.map((t) => t.slug), Object.keys(file.targetGroups));
  compare("projects", catalogue.projects.map((p) => p.slug), Object.keys(file.projects));
  for (const project of catalogue.projects) {
    const t = file.projects[project.slug];
    if (!t) continue;
    if (t.objectives.length !== project.objectives.length)
      problems.push({
        path: `projects.${project.slug}.objectives`,
        message: `${t.objectives.length} objectives, English has ${project.objectives.length}`,
      });
    if (t.results.length !== project.results.length)
      problems.push({
        path: `projects.${project.slug}.results`,
        message: `${t.results.length} results, English has ${project.results.length}`,
      });
    t.results.forEach((r, i) => {
      const english = project.results[i];
      if (english && (english.unit === null) !== (r.unit === null))
        problems.push({ path: `projects.${project.slug}.results.${i}.unit`, message: "unit must be null exactly where English has none" });
    });
  }
  return problems;
}
