// What each page type's preview image says, in the page's language: name, programme, countries and budget.
import { countryParam, getCountry, listCountries } from "../catalogue/countries";
import { getOrganisation } from "../catalogue/organisations";
import { getProject } from "../catalogue/get-project";
import { listProgrammes } from "../catalogue/programmes";
import { projectTotals } from "../catalogue/search-projects";
import type { ProjectFilters } from "../filters/project-filters";
import { parseSlug } from "../filters/slug";
import { countryName } from "../format/countries";
import { formatEurosCompact } from "../format/money";
import { getHeadlineFigures } from "../catalogue/headline-figures";
import { describeView } from "../feed/describe-view";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { MESSAGES, translator } from "../i18n/messages";
import type { PreviewCard, PreviewFigure } from "./preview-image";

type Translate = ReturnType<typeof translator<"PreviewCard">>;

const compactEuros = new Map<Locale, Intl.NumberFormat>();

/** "€ 4.3 M" in English (as before languages), "4,3 Mio. €" in German: short enough for a headline figure. */
export function formatEurosShort(amount: number, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return formatEurosCompact(amount);
  let format = compactEuros.get(locale);
  if (!format)
    compactEuros.set(
      locale,
      (format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "EUR",
        currencyDisplay: "narrowSymbol",
        notation: "compact",
        maximumFractionDigits: 1,
      })),
    );
  return format.format(amount);
}

function budget(label: string, amount: number | null | undefined, locale: Locale): PreviewFigure | null {
  return amount ? { label, value: formatEurosShort(amount, locale) } : null;
}

/** Pages that are not one record: the `id` of /og/page/<id> (messages PreviewCard.pages). */
type PageId = keyof (typeof MESSAGES)["en"]["PreviewCard"]["pages"];
export const PAGE_CARD_IDS = Object.keys(MESSAGES.en.PreviewCard.pages) as PageId[];
const isPageId = (id: string): id is PageId => PAGE_CARD_IDS.some((p) => p === id);

async function pageCard(id: string, locale: Locale, t: Translate): Promise<PreviewCard | null> {
  if (!isPageId(id)) return null;
  const figures = await getHeadlineFigures(locale);
  const counts = t("counts", {
    projects: figures.projects,
    countries: figures.countries,
    organisations: figures.organisations,
  });
  const kicker = t(`pages.${id}.kicker`);
  if (id === "home")
    return {
      kicker,
      title: t("pages.home.title"),
      lines: [counts],
      figure: budget(t("totalBudgetStated"), figures.total_budget, locale),
    };
  return { kicker, title: t(`pages.${id}.title`), lines: [t(`pages.${id}.line`), counts] };
}

export async function entityCard(
  kind: string,
  id: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PreviewCard | null> {
  const t = translator(locale, "PreviewCard");
  if (kind === "page") return pageCard(id, locale, t);
  if (kind === "country") {
    const code = countryParam(id);
    const data = code ? await getCountry(code) : null;
    const summary = data && (await listCountries()).find((c) => c.code === data.country.code);
    if (!data || !summary) return null;
    return {
      kicker: t("country"),
      title: locale === DEFAULT_LOCALE ? data.country.name : countryName(data.country.code, locale),
      lines: [
        t("countryProjects", { projects: summary.projects, lead: summary.lead }),
        t("organisationCount", { count: data.organisationCount }),
      ],
      figure: budget(t("theseProjectsBudget"), summary.totalBudget, locale),
    };
  }
  const slug = parseSlug(id);
  if (!slug) return null;
  if (kind === "project") {
    const data = await getProject(slug);
    if (!data) return null;
    const p = data.project;
    return {
      kicker: data.programmes.map((x) => x.shortName ?? x.name).join(" › ") || t("programmeNotStated"),
      title: p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title,
      lines: [
        p.countries
          .map((c) => countryName(c.country.code, locale))
          .sort((a, b) => a.localeCompare(b, locale))
          .join(t("listSeparator")) || t("countriesNotStated"),
      ],
      figure: budget(t("totalBudget"), p.totalBudget, locale),
    };
  }
  if (kind === "programme") {
    const row = (await listProgrammes(locale)).programmes.find((p) => p.slug === slug);
    return row
      ? {
          kicker: t("programme"),
          title: row.name,
          lines: [t("catalogued", { count: row.projects })],
          figure: budget(t("theseProjectsBudget"), row.totalBudget, locale),
        }
      : null;
  }
  if (kind === "organisation") {
    const data = await getOrganisation(slug);
    if (!data) return null;
    const o = data.organisation;
    return {
      kicker: t("organisation"),
      title: o.name,
      lines: [
        o.countryCode ? countryName(o.countryCode, locale) : t("countryNotStated"),
        t("organisationProjects", { projects: o._count.participations, partners: data.collaboratorCount }),
      ],
    };
  }
  return null;
}

/** "12 projects · Greece", total budget € 4.3 M */
export async function projectsViewCard(filters: ProjectFilters, locale: Locale = DEFAULT_LOCALE): Promise<PreviewCard> {
  const t = translator(locale, "PreviewCard");
  const totals = await projectTotals(filters);
  const description = describeView(filters, locale);
  return {
    kicker: t("projects"),
    title: [t("projectCount", { count: totals.count }), ...description.short].join(" · "),
    lines: description.long ? [description.long] : [],
    figure: budget(t("totalBudgetStated"), totals.totalBudget, locale),
  };
}
