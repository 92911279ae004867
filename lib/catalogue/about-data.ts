// The "About the data" page: source documents with what was taken from each, every data-quality flag, and datasets.
import { db } from "../db/client";

/** Lists on the page stop here; a large catalogue links onward instead. */
const LIST_LIMIT = 60;
const FLAG_LIMIT = 300;

export async function getAboutData() {
  const [sources, extracted, flags, flagCount, datasets] = await Promise.all([
    db().sourceDocument.findMany({
      select: {
        id: true, file: true, title: true, publisher: true, kind: true, language: true, date: true, description: true,
        projects: { select: { slug: true, acronym: true, title: true }, orderBy: { slug: "asc" }, take: LIST_LIMIT },
        _count: { select: { organisations: true, projects: true } },
      },
      orderBy: { file: "asc" },
    }),
    db().$queryRaw<{ source: number; participations: number; results: number; events: number }[]>`
      SELECT p.source_document_id AS source,
        (SELECT count(*)::int FROM participation x JOIN project y ON y.id = x.project_id WHERE y.source_document_id = p.source_document_id) AS participations,
        (SELECT count(*)::int FROM result x JOIN project y ON y.id = x.project_id WHERE y.source_document_id = p.source_document_id) AS results,
        (SELECT count(*)::int FROM event x JOIN project y ON y.id = x.project_id WHERE y.source_document_id = p.source_document_id) AS events
      FROM (SELECT DISTINCT source_document_id FROM project) p`,
    db().qualityFlag.findMany({
      select: { field: true, raw: true, reading: true, note: true, project: { select: { slug: true, acronym: true, title: true } } },
      orderBy: [{ project: { slug: "asc" } }, { position: "asc" }],
      take: FLAG_LIMIT,
    }),
    db().qualityFlag.count(),
    db().dataset.findMany({
      select: { slug: true, title: true, unit: true, periods: true, totals: true, note: true, sourcePages: true, sourceDocument: { select: { title: true, file: true } },
        rows: { select: { label: true, values: true, programme: { select: { slug: true } } }, orderBy: { position: "asc" } } },
      orderBy: { slug: "asc" },
    }),
  ]);
  const counts = new Map(extracted.map((e) => [e.source, e]));
  return {
    sources: sources.map((s) => ({ ...s, extracted: counts.get(s.id) ?? { participations: 0, results: 0, events: 0 } })),
    flags,
    flagCount,
    datasets,
  };
}

export type AboutData = Awaited<ReturnType<typeof getAboutData>>;
