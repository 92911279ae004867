// Organisations: the searchable list and one organisation with its projects, roles and collaborators.
import { z } from "zod";
import { queryRows } from "./query-rows";
import { cache } from "react";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { OrganisationListFilters } from "../filters/organisation-filters";
import { fold } from "./search-query";

export type { OrganisationListFilters };
export const ORGANISATIONS_PER_PAGE = 100;

const countRow = z.object({ count: z.number() });
const totalRow = z.object({ total: z.number() });
const organisationRow = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  countryCode: z.string().nullable(),
});
const collaboratorRow = z.object({ slug: z.string(), name: z.string(), projects: z.number() });

/**
 * One page of matching organisations (all of them with `all`, for exports), in alphabetical order as a reader expects
 * it — case and accents ignored ("Administrative…" before "ARhus", "Ö" with "O"): ICU's root collation, which every
 * PostgreSQL built with ICU has (the embedded server and Debian's packages do).
 */
export async function listOrganisations(filters: OrganisationListFilters, all = false) {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.country)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM participation p WHERE p.organisation_id = o.id AND p.country_code = ${filters.country})`,
    );
  if (filters.role)
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM participation p WHERE p.organisation_id = o.id AND p.role = ${filters.role}::"ParticipationRole")`,
    );
  if (filters.q) {
    const needle = `%${fold(filters.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // Names, short names and aliases, folded, from the organisation_name view (trigram index).
    conditions.push(Prisma.sql`o.id IN (SELECT organisation_id FROM organisation_name WHERE folded LIKE ${needle})`);
  }
  const where = Prisma.join(conditions, " AND ");
  const page = all
    ? Prisma.empty
    : Prisma.sql`LIMIT ${ORGANISATIONS_PER_PAGE} OFFSET ${(filters.page - 1) * ORGANISATIONS_PER_PAGE}`;
  const [totals, rows] = await Promise.all([
    queryRows(totalRow, Prisma.sql`SELECT count(*)::int AS total FROM organisation o WHERE ${where}`),
    queryRows(
      organisationRow,
      Prisma.sql`SELECT o.id, o.slug, o.name, o.country_code AS "countryCode" FROM organisation o WHERE ${where}
        ORDER BY o.name COLLATE "und-x-icu", o.slug ${page}`,
    ),
  ]);
  const total = totals[0]?.total ?? 0;
  const counts = await participationCounts(rows.map((r) => r.id));
  const items = rows.map(({ id, ...o }) => ({ ...o, _count: { participations: counts.get(id) ?? 0 } }));
  return { total, items, page: filters.page, pageCount: Math.max(1, Math.ceil(total / ORGANISATIONS_PER_PAGE)) };
}

/**
 * Participations of the given organisations, counted from the (organisation_id) index. (Prisma's `_count` groups the
 * whole participation table first: 100+ ms at 100,000 projects.)
 */
async function participationCounts(ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db().participation.groupBy({
    by: ["organisationId"],
    where: { organisationId: { in: ids } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.organisationId, r._count._all]));
}

/** Long lists on an organisation page stop here (the most active first); exports hold the rest. */
const LIST_LIMIT = 100;

/** Cached per request (React cache): a page's metadata and its body share one query. */
export const getOrganisation = cache(async (slug: string) => {
  const organisation = await db().organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      countryCode: true,
      aliases: { select: { name: true }, orderBy: { name: "asc" } },
      sources: { select: { sourceDocument: { select: { file: true, title: true } } } },
      participations: {
        select: {
          role: true,
          nameAsStated: true,
          project: {
            select: { slug: true, acronym: true, title: true, startText: true, endText: true, totalBudget: true },
          },
        },
        orderBy: { project: { slug: "asc" } },
        take: LIST_LIMIT,
      },
    },
  });
  if (!organisation) return null;
  const participations = (await participationCounts([organisation.id])).get(organisation.id) ?? 0;
  const collaborators = await queryRows(
    collaboratorRow,
    Prisma.sql`
      SELECT o.slug, o.name, count(DISTINCT b.project_id)::int AS projects
      FROM participation a JOIN participation b ON b.project_id = a.project_id AND b.organisation_id <> a.organisation_id
      JOIN organisation o ON o.id = b.organisation_id
      WHERE a.organisation_id = ${organisation.id}
      GROUP BY o.slug, o.name ORDER BY projects DESC, o.name LIMIT ${LIST_LIMIT + 1}`,
  );
  const counted = await queryRows(
    countRow,
    Prisma.sql`
      SELECT count(DISTINCT b.organisation_id)::int AS count
      FROM participation a JOIN participation b ON b.project_id = a.project_id AND b.organisation_id <> a.organisation_id
      WHERE a.organisation_id = ${organisation.id}`,
  );
  const count = counted[0]?.count ?? 0;
  return {
    organisation: { ...organisation, _count: { participations } },
    collaborators: collaborators.slice(0, LIST_LIMIT),
    collaboratorCount: count,
  };
});

export type OrganisationPageData = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;
