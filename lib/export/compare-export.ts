// /compare.csv: the comparison table as CSV, one row per item and one column per figure, as on the page.
import { compare, type CompareColumn } from "../catalogue/compare";
import { absoluteUrl } from "../config";
import { parseCompareParams } from "../filters/compare-params";
import { csvStream, type ExportColumn } from "./export-stream";
import { releaseStamp } from "./release-stamp";

type Item = { column: CompareColumn; values: string[] };

export async function compareCsv(params: URLSearchParams): Promise<Response> {
  const { kind, items } = parseCompareParams(params);
  const { columns, rows } = await compare(kind, items);
  const csvColumns: ExportColumn<Item>[] = [
    { key: "id", header: kind === "countries" ? "country" : "slug", value: (i) => i.column.key },
    { key: "name", header: "name", value: (i) => i.column.label },
    ...rows.map((r, n) => ({ key: r.label, header: r.label, value: (i: Item) => i.values[n] })),
    { key: "url", header: "url", value: (i) => absoluteUrl(i.column.href) },
  ];
  async function* all() {
    for (const [c, column] of columns.entries()) yield { column, values: rows.map((r) => r.values[c]) };
  }
  const stamp = await releaseStamp();
  return new Response(csvStream(all(), csvColumns), {
    headers: {
      ...stamp.headers,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="integration-atlas-compare-${kind}.csv"`,
    },
  });
}
