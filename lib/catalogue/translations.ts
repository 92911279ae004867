// The catalogue's own text in the reader's language (content/translations/, docs/architecture.md): a project's summary,
// description, objectives and results, and the names and definitions of programmes, themes and target groups. Facts
// (titles, organisation names, figures) are never translated. Where a translation is missing the English text is
// returned with `translated: false`, so a page can mark it lang="en" and say so; in English nothing changes.
import { cache } from "react";
import { z } from "zod";
import { db } from "../db/client";
import type { Locale } from "../i18n/locales";

const resultsJson = z.array(z.object({ text: z.string(), unit: z.string().nullable() }));

export type ProjectTranslation = {
  summary: string;
  description: string;
  objectives: string[];
  results: { text: string; unit: string | null }[];
};

/** A project's translation into `locale`, or null (English, or not translated). Cached per request. */
export const projectTranslation = cache(
  async (projectId: number, locale: Locale): Promise<ProjectTranslation | null> => {
    if (locale === "en") return null;
    const row = await db().projectTranslation.findUnique({
      where: { projectId_locale: { projectId, locale } },
      select: { summary: true, description: true, objectives: true, results: true },
    });
    return row && { ...row, results: resultsJson.parse(row.results) };
  },
);

/** The English text of a project as getProject selects it (figures and `expected` are facts, kept as they are). */
type EnglishText = {
  id: number;
  summary: string;
  description: string;
  objectives: { text: string }[];
  results: { text: string; figure: number | null; unit: string | null; expected: boolean }[];
};

export type ProjectText = {
  /** The language of the text below: `locale` when translated, else "en". */
  lang: Locale;
  /** True when the text is a translation from English by the catalogue's editors. */
  translated: boolean;
  summary: string;
  description: string;
  objectives: string[];
  results: { text: string; figure: number | null; unit: string | null; expected: boolean }[];
};

/**
 * A project's text in `locale`: its translation where there is one (objectives and results matched to the English
 * ones by position; the loader checks they line up), otherwise the English text. In English: the English text.
 */
export async function projectText(project: EnglishText, locale: Locale): Promise<ProjectText> {
  const t = await projectTranslation(project.id, locale);
  const english: ProjectText = {
    lang: "en",
    translated: false,
    summary: project.summary,
    description: project.description,
    objectives: project.objectives.map((o) => o.text),
    results: project.results,
  };
  if (!t) return english;
  return {
    lang: locale,
    translated: true,
    summary: t.summary,
    description: t.description,
    objectives: english.objectives.map((text, i) => t.objectives[i] ?? text),
    results: english.results.map((r, i) =>
      t.results[i] ? { ...r, text: t.results[i].text, unit: t.results[i].unit } : r,
    ),
  };
}

/** Translated summaries of several projects (cards, API lists), by project id; absent where not translated. */
export async function translatedSummaries(projectIds: number[], locale: Locale): Promise<Map<number, string>> {
  if (locale === "en" || projectIds.length === 0) return new Map();
  const rows = await db().projectTranslation.findMany({
    where: { locale, projectId: { in: projectIds } },
    select: { projectId: true, summary: true },
  });
  return new Map(rows.map((r) => [r.projectId, r.summary]));
}

export type TermLabel = { name: string; definition: string; translated: boolean };
export type TermLabels = {
  programme: Map<string, TermLabel>;
  theme: Map<string, TermLabel>;
  targetGroup: Map<string, TermLabel>;
};

/**
 * The names and definitions (a programme's description) of every programme, theme and target group in `locale`, by
 * slug: the translation where there is one, the English otherwise (`translated` says which). Cached per request.
 */
export const termLabels = cache(async (locale: Locale): Promise<TermLabels> => {
  const [programmes, themes, groups, translations] = await Promise.all([
    db().programme.findMany({ select: { slug: true, name: true, description: true }, orderBy: { position: "asc" } }),
    db().theme.findMany({ select: { slug: true, name: true, definition: true }, orderBy: { position: "asc" } }),
    db().targetGroup.findMany({ select: { slug: true, name: true, definition: true }, orderBy: { position: "asc" } }),
    locale === "en"
      ? Promise.resolve([])
      : db().termTranslation.findMany({
          where: { locale },
          select: { kind: true, slug: true, name: true, definition: true },
        }),
  ]);
  const translated = new Map(translations.map((t) => [`${t.kind}:${t.slug}`, t]));
  const label = (kind: string, slug: string, name: string, definition: string): [string, TermLabel] => {
    const t = translated.get(`${kind}:${slug}`);
    return [
      slug,
      t ? { name: t.name, definition: t.definition, translated: true } : { name, definition, translated: false },
    ];
  };
  return {
    programme: new Map(programmes.map((p) => label("programme", p.slug, p.name, p.description))),
    theme: new Map(themes.map((t) => label("theme", t.slug, t.name, t.definition))),
    targetGroup: new Map(groups.map((g) => label("target_group", g.slug, g.name, g.definition))),
  };
});
