// Records in the reader's language: our own English text replaced by its translation where there is one
// (lib/catalogue/translations.ts), names of programmes, themes and target groups included. Facts stay as they are.
// The shapes are those of the English records, so pages render them unchanged; in English nothing is read.
import { countryName } from "../format/countries";
import { statusLabel } from "../format/status";
import type { Locale } from "../i18n/locales";
import { STATUSES, type Status } from "../rules/catalogue-rules";
import type { ProjectPageData } from "./get-project";
import type { ProjectFacets } from "./project-facets";
import type { ProjectCardRow } from "./search-projects";
import { projectText, termLabels, translatedSummaries } from "./translations";

/** Whether the project's text is a translation, and its language (English where not translated). */
export type TextLanguage = { lang: Locale; translated: boolean };

export async function localiseProjectPage(
  data: ProjectPageData,
  locale: Locale,
): Promise<{ data: ProjectPageData; text: TextLanguage }> {
  if (locale === "en") return { data, text: { lang: "en", translated: false } };
  const [text, labels] = await Promise.all([projectText(data.project, locale), termLabels(locale)]);
  const { project } = data;
  return {
    text: { lang: text.lang, translated: text.translated },
    data: {
      ...data,
      programmes: data.programmes.map((p) => ({ ...p, name: labels.programme.get(p.slug)?.name ?? p.name })),
      project: {
        ...project,
        summary: text.summary,
        description: text.description,
        objectives: project.objectives.map((o, i) => ({ ...o, text: text.objectives[i] ?? o.text })),
        results: project.results.map((r, i) => ({
          ...r,
          text: text.results[i]?.text ?? r.text,
          unit: text.results[i]?.unit ?? r.unit,
        })),
        themes: project.themes.map((x) => ({
          ...x,
          theme: { ...x.theme, name: labels.theme.get(x.theme.slug)?.name ?? x.theme.name },
        })),
        targetGroups: project.targetGroups.map((x) => ({
          ...x,
          targetGroup: {
            ...x.targetGroup,
            name: labels.targetGroup.get(x.targetGroup.slug)?.name ?? x.targetGroup.name,
          },
        })),
      },
    },
  };
}

/** Project cards with their summary, programme and theme names in `locale`. */
export async function localiseCards<T extends ProjectCardRow>(cards: T[], locale: Locale): Promise<T[]> {
  if (locale === "en" || cards.length === 0) return cards;
  const [summaries, labels] = await Promise.all([
    translatedSummaries(
      cards.map((c) => c.id),
      locale,
    ),
    termLabels(locale),
  ]);
  return cards.map((c) => ({
    ...c,
    summary: summaries.get(c.id) ?? c.summary,
    programme: c.programme && {
      ...c.programme,
      name: labels.programme.get(c.programme.slug)?.name ?? c.programme.name,
    },
    themes: c.themes.map((x) => ({
      ...x,
      theme: { ...x.theme, name: labels.theme.get(x.theme.slug)?.name ?? x.theme.name },
    })),
  }));
}

/**
 * Facet option labels in `locale`: countries (CLDR), statuses, themes and target groups (values, counts and order
 * unchanged). Programmes keep their short names (Interreg A, AMIF), which are the same in every language.
 */
export async function localiseFacets(facets: ProjectFacets, locale: Locale): Promise<ProjectFacets> {
  if (locale === "en") return facets;
  const labels = await termLabels(locale);
  const label = (name: string, value: string, english: string): string => {
    if (name === "country") return countryName(value, locale);
    if (name === "status" && isStatus(value)) return statusLabel(value, locale);
    if (name === "theme") return labels.theme.get(value)?.name ?? english;
    if (name === "group") return labels.targetGroup.get(value)?.name ?? english;
    return english;
  };
  return {
    ...facets,
    facets: facets.facets.map((facet) => ({
      ...facet,
      options: facet.options.map((o) => ({ ...o, label: label(facet.name, o.value, o.label) })),
    })),
  };
}

const isStatus = (value: string): value is Status => STATUSES.some((s) => s === value);
