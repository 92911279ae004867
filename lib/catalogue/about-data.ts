// The "About the data" page: source documents with what was taken from each, every data-quality flag, and datasets.
import { db } from "../db/client";

/** Lists on the page stop here; a large catalogue links onward instead. */
const LIST_LIMIT = 60;
const FLAG_LIMIT = 300;

export async function getAboutData() {
  const [sources, stats, flags, flagCount, datasets] = await Promise.all([
    db().sourceDocument.findMany({
      select: { id: true, file: true, title: true, publisher: true, kind: true, language: true, date: true, description: true },
      orderBy: { file: "asc" },
    }),
    // Counted once per seed (the source_stats view), not on every request.
    db().$queryRaw<{ source: number; projects: number; organisations: number; participations: number; results: number; events: number }[]>`
      SELECT source_document_id AS source, projects, organisations, participations, results, events FROM source_stats`,
    // The first flags by project slug: the slug index walked until enough flags are found (a sort of every flag otherwise).
    db().$queryRaw<{ field: string; raw: string; reading: string | null; note: string; slug: string; acronym: string | null; title: string }[]>`
      SELECT f.field, f.raw, f.reading, f.note, p.slug, p.acronym, p.title
      FROM project p JOIN quality_flag f ON f.project_id = p.id ORDER BY p.slug, f.position LIMIT ${FLAG_LIMIT}`,
    db().qualityFlag.count(),
    db().dataset.findMany({
      select: { slug: true, title: true, unit: true, periods: true, totals: true, note: true, sourcePages: true, sourceDocument: { select: { title: true, file: true } },
        rows: { select: { label: true, values: true, programme: { select: { slug: true } } }, orderBy: { position: "asc" } } },
      orderBy: { slug: "asc" },
    }),
  ]);
  // Each source's first projects by slug, read in order from the (source_document_id, slug) index.
  const firstProjects = await db().$queryRaw<{ source: number; slug: string; acronym: string | null; title: string; pages: string[] }[]>`
    SELECT s.id AS source, f.slug, f.acronym, f.title, f.pages FROM source_document s
    CROSS JOIN LATERAL (SELECT p.slug, p.acronym, p.title, p.source_pages AS pages FROM project p WHERE p.source_document_id = s.id ORDER BY p.slug LIMIT ${LIST_LIMIT}) f
    ORDER BY s.id, f.slug`;
  const counts = new Map(stats.map((e) => [e.source, e]));
  return {
    sources: sources.map((s) => {
      const c = counts.get(s.id);
      return {
        ...s,
        projects: firstProjects.filter((p) => p.source === s.id).map(({ slug, acronym, title, pages }) => ({ slug, acronym, title, pages })),
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
