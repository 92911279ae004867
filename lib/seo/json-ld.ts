// schema.org JSON-LD for project, event and organisation pages, built from the same view models the pages render.
import type { ProjectPageData } from "../catalogue/get-project";
import type { OrganisationPageData } from "../catalogue/organisations";
import { absoluteUrl } from "../config";
import { countryName } from "../format/countries";
import { firstDay, lastDay } from "../format/partial-date";

type JsonLd = Record<string, unknown>;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A Project (schema.org) funded by a MonetaryGrant from the programme, with its participating organisations. */
export function projectJsonLd({ project: p, programmes }: ProjectPageData): JsonLd {
  const funder = programmes.at(-1);
  return {
    "@context": "https://schema.org",
    "@type": "Project",
    "@id": absoluteUrl(`/projects/${p.slug}`),
    url: absoluteUrl(`/projects/${p.slug}`),
    name: p.title,
    ...(p.acronym ? { alternateName: p.acronym } : {}),
    description: p.summary,
    ...(p.startText ? { foundingDate: iso(firstDay(p.startText)) } : {}),
    ...(p.endText ? { dissolutionDate: iso(lastDay(p.endText)) } : {}),
    ...(funder
      ? {
          funder: { "@type": "Organization", name: funder.name, url: absoluteUrl(`/programmes/${funder.slug}`) },
          funding: {
            "@type": "MonetaryGrant",
            name: `${funder.name} contribution to ${p.acronym ?? p.title}`,
            funder: { "@type": "Organization", name: funder.name },
            ...(p.grantAmount !== null
              ? { amount: { "@type": "MonetaryAmount", currency: "EUR", value: p.grantAmount } }
              : {}),
          },
        }
      : {}),
    ...(p.totalBudget !== null
      ? { seeks: { "@type": "MonetaryAmount", currency: "EUR", value: p.totalBudget, name: "Total budget" } }
      : {}),
    areaServed: p.countries.map(({ country }) => ({
      "@type": "Country",
      name: countryName(country.code),
      identifier: country.code,
    })),
    member: p.participations.map((x) => ({
      "@type": "OrganizationRole",
      roleName: x.role,
      member: {
        "@type": "Organization",
        name: x.organisation.name,
        url: absoluteUrl(`/organisations/${x.organisation.slug}`),
      },
    })),
    subjectOf: p.events.filter((e) => e.startText).map((e) => eventJsonLd(e, p.slug)),
    isBasedOn: { "@type": "CreativeWork", name: p.sourceDocument.title, identifier: p.sourceDocument.file },
  };
}

export function eventJsonLd(e: ProjectPageData["project"]["events"][number], slug: string): JsonLd {
  return {
    "@type": "Event",
    name: e.title,
    url: absoluteUrl(`/projects/${slug}#events`),
    ...(e.startText ? { startDate: e.startText } : {}),
    ...(e.endText ? { endDate: e.endText } : {}),
    eventAttendanceMode:
      e.online === null
        ? undefined
        : e.online
          ? "https://schema.org/OnlineEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
    location: e.online
      ? { "@type": "VirtualLocation", name: e.place ?? "Online" }
      : {
          "@type": "Place",
          name: e.place ?? "not stated",
          ...(e.countryCode ? { address: { "@type": "PostalAddress", addressCountry: e.countryCode } } : {}),
        },
    ...(e.description ? { description: e.description } : {}),
  };
}

export function organisationJsonLd({ organisation: o }: OrganisationPageData): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": absoluteUrl(`/organisations/${o.slug}`),
    url: absoluteUrl(`/organisations/${o.slug}`),
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
      memberOf: { "@type": "Project", name: project.title, url: absoluteUrl(`/projects/${project.slug}`) },
    })),
  };
}
