// The "About the data" page: source documents with what was taken from each, every data-quality flag, and datasets.
import { db } from "../db/client";

export async function getAboutData() {
  const [sources, flags, datasets] = await Promise.all([
    db().sourceDocument.findMany({
      select: {
        file: true, title: true, publisher: true, kind: true, language: true, date: true, description: true,
        projects: { select: { slug: true, acronym: true, title: true, _count: { select: { participations: true, results: true, events: true } } }, orderBy: { slug: "asc" } },
        _count: { select: { organisations: true } },
      },
      orderBy: { file: "asc" },
    }),
    db().qualityFlag.findMany({
      select: { field: true, raw: true, reading: true, note: true, project: { select: { slug: true, acronym: true, title: true } } },
      orderBy: [{ project: { slug: "asc" } }, { position: "asc" }],
    }),
    db().dataset.findMany({
      select: { slug: true, title: true, unit: true, periods: true, totals: true, note: true, sourcePages: true, sourceDocument: { select: { title: true, file: true } },
        rows: { select: { label: true, values: true, programme: { select: { slug: true } } }, orderBy: { position: "asc" } } },
      orderBy: { slug: "asc" },
    }),
  ]);
  return { sources, flags, datasets };
}

export type AboutData = Awaited<ReturnType<typeof getAboutData>>;
