// The rows of the exports, fetched in batches so that memory stays flat: every project matching a set of filters in
// display order (/projects.csv|json, /participations.csv|json), and every organisation of an organisation list view.
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { OrganisationListFilters } from "../filters/organisation-filters";
import type { ProjectFilters } from "../filters/project-filters";
import { isLeadRole } from "../rules/catalogue-rules";
import { listOrganisations } from "./organisations";
import { getProgrammeTree } from "./programme-tree";
import { matchingProjectIds } from "./search-projects";

const BATCH = 500;

export const projectExportSelect = {
  slug: true,
  acronym: true,
  title: true,
  summary: true,
  startText: true,
  endText: true,
  startDate: true,
  endDate: true,
  totalBudget: true,
  grantAmount: true,
  statedPartnerCount: true,
  sourcePages: true,
  createdAt: true,
  programme: { select: { slug: true, name: true, funder: true } },
  sourceDocument: { select: { file: true, title: true } },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  regions: { select: { region: { select: { name: true, countryCode: true } } }, orderBy: { position: "asc" } },
  participations: {
    select: { role: true, nameAsStated: true, countryCode: true, organisation: { select: { slug: true, name: true } } },
    orderBy: { position: "asc" },
  },
  themes: { select: { theme: { select: { slug: true } } } },
  targetGroups: { select: { targetGroup: { select: { slug: true } } } },
  _count: { select: { flags: true } },
} satisfies Prisma.ProjectSelect;

export type ProjectExportRow = Prisma.ProjectGetPayload<{ select: typeof projectExportSelect }>;

export async function* projectExportRows(filters: ProjectFilters): AsyncGenerator<ProjectExportRow> {
  const ids = await matchingProjectIds(filters, await getProgrammeTree());
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const rows = await db().project.findMany({
      where: { id: { in: batch } },
      select: { id: true, ...projectExportSelect },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield row;
    }
  }
}

const organisationExportSelect = {
  slug: true,
  name: true,
  shortName: true,
  countryCode: true,
  aliases: { select: { name: true } },
  participations: { select: { role: true } },
} satisfies Prisma.OrganisationSelect;

export type OrganisationExportRow = {
  slug: string;
  name: string;
  shortName: string | null;
  countryCode: string | null;
  aliases: string[];
  projects: number;
  asLead: number;
};

export async function* organisationExportRows(filters: OrganisationListFilters): AsyncGenerator<OrganisationExportRow> {
  const list = (await listOrganisations(filters, true)).items;
  for (let i = 0; i < list.length; i += BATCH) {
    const slugs = list.slice(i, i + BATCH).map((o) => o.slug);
    const rows = await db().organisation.findMany({
      where: { slug: { in: slugs } },
      select: organisationExportSelect,
      orderBy: { name: "asc" },
    });
    for (const { participations, aliases, ...o } of rows) {
      yield {
        ...o,
        aliases: aliases.map((a) => a.name),
        projects: participations.length,
        asLead: participations.filter((p) => isLeadRole(p.role)).length,
      };
    }
  }
}
