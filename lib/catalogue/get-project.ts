// Everything the project page shows about one project.
import { cache } from "react";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { getProgrammeTree, programmePath } from "./programme-tree";
import { relatedProjects } from "./related-projects";

export const projectDetailSelect = {
  id: true,
  slug: true,
  acronym: true,
  title: true,
  titleIsEditorial: true,
  summary: true,
  description: true,
  programmeId: true,
  startText: true,
  endText: true,
  startDate: true,
  endDate: true,
  totalBudget: true,
  grantAmount: true,
  statedPartnerCount: true,
  sourcePages: true,
  sourceDocument: { select: { file: true, title: true, kind: true, publisher: true, date: true, language: true } },
  programme: { select: { slug: true, name: true, funder: true } },
  countries: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
  regions: { select: { region: { select: { name: true, countryCode: true } } }, orderBy: { position: "asc" } },
  participations: {
    select: {
      role: true,
      nameAsStated: true,
      countryCode: true,
      organisation: { select: { slug: true, name: true } },
    },
    orderBy: { position: "asc" },
  },
  objectives: { select: { text: true }, orderBy: { position: "asc" } },
  results: { select: { text: true, figure: true, unit: true, expected: true }, orderBy: { position: "asc" } },
  events: {
    select: {
      title: true,
      startText: true,
      endText: true,
      place: true,
      countryCode: true,
      online: true,
      description: true,
      agenda: { select: { dateText: true, time: true, title: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ startDate: "asc" }, { position: "asc" }],
  },
  themes: { select: { theme: { select: { slug: true, name: true } } }, orderBy: { theme: { position: "asc" } } },
  targetGroups: {
    select: { targetGroup: { select: { slug: true, name: true } } },
    orderBy: { targetGroup: { position: "asc" } },
  },
  links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
  flags: { select: { field: true, raw: true, reading: true, note: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ProjectSelect;

export type ProjectDetail = Prisma.ProjectGetPayload<{ select: typeof projectDetailSelect }>;

/** Cached per request (React cache): a page's metadata and its body share one query. */
export const getProject = cache(async (slug: string) => {
  const project = await db().project.findUnique({ where: { slug }, select: projectDetailSelect });
  if (!project) return null;
  const [tree, related] = await Promise.all([getProgrammeTree(), relatedProjects(project.id)]);
  return { project, programmes: programmePath(tree, project.programmeId), related };
});

export type ProjectPageData = NonNullable<Awaited<ReturnType<typeof getProject>>>;
