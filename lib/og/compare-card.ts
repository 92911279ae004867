// The preview image of a comparison: the names side by side and how many of the figures differ.
import { compare } from "../catalogue/compare";
import { parseCompareParams } from "../filters/compare-params";
import type { PreviewCard } from "./preview-image";

export async function compareCard(params: URLSearchParams): Promise<PreviewCard> {
  const { kind, items } = parseCompareParams(params);
  const { columns, rows } = await compare(kind, items);
  const differing = rows.filter((r) => r.differs).map((r) => r.label.toLowerCase());
  return {
    kicker: `Comparison of ${columns.length} ${kind}`,
    title: columns.map((c) => c.label.split(" — ")[0]).join(" vs ") || "Compare",
    lines: differing.length ? [`Differ in: ${differing.slice(0, 5).join(", ")}`] : [],
  };
}
