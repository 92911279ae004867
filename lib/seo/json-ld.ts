// schema.org JSON-LD for project, event and organisation pages, built from the same view models the pages render,
// in the page's language: inLanguage, the page's own address (url) beside the record's stable @id, and our words
// (Sharing.jsonLd) translated; names and the English summary stay as the database holds them.
import type { ProjectPageData } from "../catalogue/get-project";
import type { OrganisationPageData } from "../catalogue/organisations";
import { absoluteUrl } from "../config";
import { countryName } from "../format/countries";
import { firstDay, lastDay } from "../format/partial-date";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { localisedPath } from "../i18n/paths";

type JsonLd = Record<string, unknown>;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const pageUrl = (locale: Locale, path: string) => absoluteUrl(localisedPath(locale, path));
/** The page that describes the record, in its language (schema.org puts inLanguage on the page, not the project). */
const webPage = (locale: Locale, path: string) => ({
  "@type": "WebPage",
  "@id": pageUrl(locale, path),
  inLanguage: locale,
});

/** A Project (schema.org) funded by a MonetaryGrant from the programme, with its participating organisations. */
export function projectJsonLd({ project: p, programmes }: ProjectPageData, locale: Locale = DEFAULT_LOCALE): JsonLd {
  const t = translator(locale, "Sharing");
  const funder = programmes.at(-1);
  return {
    "@context": "https://schema.org",
    "@type": "Project",
    "@id": absoluteUrl(`/projects/${p.slug}`),
    url: pageUrl(locale, `/projects/${p.slug}`),
    mainEntityOfPage: webPage(locale, `/projects/${p.slug}`),
    name: p.title,
    ...(p.acronym ? { alternateName: p.acronym } : {}),
    description: p.summary,
    ...(p.startText ? { foundingDate: iso(firstDay(p.startText)) } : {}),
    ...(p.endText ? { dissolutionDate: iso(lastDay(p.endText)) } : {}),
    ...(funder
      ? {
          funder: { "@type": "Organization", name: funder.name, url: pageUrl(locale, `/programmes/${funder.slug}`) },
          funding: {
            "@type": "MonetaryGrant",
            name: t("jsonLd.grant", { funder: funder.name, project: p.acronym ?? p.title }),
            funder: { "@type": "Organization", name: funder.name },
            ...(p.grantAmount !== null
              ? { amount: { "@type": "MonetaryAmount", currency: "EUR", value: p.grantAmount } }
              : {}),
          },
        }
      : {}),
    ...(p.totalBudget !== null
      ? { seeks: { "@type": "MonetaryAmount", currency: "EUR", value: p.totalBudget, name: t("jsonLd.totalBudget") } }
      : {}),
    areaServed: p.countries.map(({ country }) => ({
      "@type": "Country",
      name: countryName(country.code, locale),
      identifier: country.code,
    })),
    member: p.participations.map((x) => ({
      "@type": "OrganizationRole",
      roleName: x.role,
      member: {
        "@type": "Organization",
        name: x.organisation.name,
        url: pageUrl(locale, `/organisations/${x.organisation.slug}`),
      },
    })),
    subjectOf: p.events.filter((e) => e.startText).map((e) => eventJsonLd(e, p.slug, locale)),
    isBasedOn: { "@type": "CreativeWork", name: p.sourceDocument.title, identifier: p.sourceDocument.file },
  };
}

export function eventJsonLd(
  e: ProjectPageData["project"]["events"][number],
  slug: string,
  locale: Locale = DEFAULT_LOCALE,
): JsonLd {
  const t = translator(locale, "Sharing");
  return {
    "@type": "Event",
    name: e.title,
    url: pageUrl(locale, `/projects/${slug}#events`),
    ...(e.startText ? { startDate: e.startText } : {}),
    ...(e.endText ? { endDate: e.endText } : {}),
    eventAttendanceMode:
      e.online === null
        ? undefined
        : e.online
          ? "https://schema.org/OnlineEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
    location: e.online
      ? { "@type": "VirtualLocation", name: e.place ?? t("jsonLd.online") }
      : {
          "@type": "Place",
          name: e.place ?? t("jsonLd.notStated"),
          ...(e.countryCode ? { address: { "@type": "PostalAddress", addressCountry: e.countryCode } } : {}),
        },
    ...(e.description ? { description: e.description } : {}),
  };
}

export function organisationJsonLd({ organisation: o }: OrganisationPageData, locale: Locale = DEFAULT_LOCALE): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": absoluteUrl(`/organisations/${o.slug}`),
    url: pageUrl(locale, `/organisations/${o.slug}`),
    mainEntityOfPage: webPage(locale, `/organisations/${o.slug}`),
    name: o.name,
    ...(o.shortName
      ? { alternateName: [o.shortName, ...o.aliases.map((a) => a.name)] }
      : o.aliases.length
        ? { alternateName: o.aliases.map((a) => a.name) }
        : {}),
    ...(o.countryCode ? { address: { "@type": "PostalAddress", addressCountry: o.countryCode } } : {}),
    memberOf: o.participations.map(({ project, role }) => ({
      "@type": "OrganizationRole",
      roleName: role,
      memberOf: { "@type": "Project", name: project.title, url: pageUrl(locale, `/projects/${project.slug}`) },
    })),
  };
}
