// The "About the data" page: source documents with what was taken from each, every data-quality flag, and datasets.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { queryRows } from "./query-rows";
import { db } from "../db/client";

/** Lists on the page stop here; a large catalogue links onward instead. */
const LIST_LIMIT = 60;
const FLAG_LIMIT = 300;

const sourceStatsRow = z.object({
  source: z.number(),
  projects: z.number(),
  organisations: z.number(),
  participations: z.number(),
  results: z.number(),
  events: z.number(),
});
const flagRow = z.object({
  field: z.string(),
  raw: z.string(),
  reading: z.string().nullable(),
  note: z.string(),
  /** The language of the source document that printed `raw`. */
  sourceLang: z.string(),
  slug: z.string(),
  acronym: z.string().nullable(),
  title: z.string(),
});
const firstProjectRow = z.object({
  source: z.number(),
  slug: z.string(),
  acronym: z.string().nullable(),
  title: z.string(),
  pages: z.array(z.string()),
});

export async function getAboutData() {
  const [sources, stats, flags, flagCount, datasets] = await Promise.all([
    db().sourceDocument.findMany({
      select: {
        id: true,
        file: true,
        title: true,
        publisher: true,
        kind: true,
        language: true,
        date: true,
        description: true,
      },
      orderBy: { file: "asc" },
    }),
    // Counted once per seed (the source_stats view), not on every request.
    queryRows(
      sourceStatsRow,
      Prisma.sql`SELECT source_document_id AS source, projects, organisations, participations, results, events FROM source_stats`,
    ),
    // The first flags by project slug: the slug index walked until enough flags are found (a sort of every flag otherwise).
    queryRows(
      flagRow,
      Prisma.sql`
        SELECT f.field, f.raw, f.reading, f.note, s.language AS "sourceLang", p.slug, p.acronym, p.title
        FROM project p JOIN quality_flag f ON f.project_id = p.id JOIN source_document s ON s.id = p.source_document_id
        ORDER BY p.slug, f.position LIMIT ${FLAG_LIMIT}`,
    ),
    db().qualityFlag.count(),
    db().dataset.findMany({
      select: {
        slug: true,
        title: true,
        unit: true,
        periods: true,
        totals: true,
        note: true,
        sourcePages: true,
        sourceDocument: { select: { title: true, file: true } },
        rows: {
          select: { label: true, values: true, programme: { select: { slug: true } } },
          orderBy: { position: "asc" },
        },
      },
      orderBy: { slug: "asc" },
    }),
  ]);
  // Each source's first projects by slug, read in order from the (source_document_id, slug) index.
  const firstProjects = await queryRows(
    firstProjectRow,
    Prisma.sql`
      SELECT s.id AS source, f.slug, f.acronym, f.title, f.pages FROM source_document s
      CROSS JOIN LATERAL (SELECT p.slug, p.acronym, p.title, p.source_pages AS pages FROM project p WHERE p.source_document_id = s.id ORDER BY p.slug LIMIT ${LIST_LIMIT}) f
      ORDER BY s.id, f.slug`,
  );
  const counts = new Map(stats.map((e) => [e.source, e]));
  return {
    sources: sources.map((s) => {
      const c = counts.get(s.id);
      return {
        ...s,
        projects: firstProjects
          .filter((p) => p.source === s.id)
          .map(({ slug, acronym, title, pages }) => ({ slug, acronym, title, pages })),
        _count: { projects: c?.projects ?? 0, organisations: c?.organisations ?? 0 },
        extracted: { participations: c?.participations ?? 0, results: c?.results ?? 0, events: c?.events ?? 0 },
      };
    }),
    flags: flags.map(({ slug, acronym, title, ...flag }) => ({ ...flag, project: { slug, acronym, title } })),
    flagCount,
    datasets,
  };
}

export type AboutData = Awaited<ReturnType<typeof getAboutData>>;
