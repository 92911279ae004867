// /compare: notices about the address, the table when there is something to compare, ways to add, export and share.
import type { Comparison } from "@/lib/catalogue/compare";
import { MAX_COMPARE, MIN_COMPARE, toCompareSearch, type CompareKind } from "@/lib/filters/compare-params";
import { CompareAddForm } from "./compare-add-form";
import { CompareTable } from "./compare-table";

const NOUNS: Record<CompareKind, string> = {
  projects: "projects",
  countries: "countries",
  programmes: "programmes or funds",
};

type Props = {
  comparison: Comparison;
  notices: string[];
  candidates: Record<CompareKind, { key: string; label: string }[]>;
};

export function CompareView({ comparison, notices, candidates }: Props) {
  const { kind, columns, missing } = comparison;
  const keys = columns.map((c) => c.key);
  const problems = [
    ...notices,
    ...missing.map(
      (m) => `No ${kind === "countries" ? "country" : kind.slice(0, -1)} “${m}” in the catalogue: left out.`,
    ),
  ];
  return (
    <div className="space-y-6">
      {problems.length > 0 && (
        <div role="status" className="rounded border border-flag/40 bg-flag-wash p-3 text-sm">
          <p className="font-semibold">Some parts of the address could not be used:</p>
          <ul className="list-disc pl-5">
            {problems.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {columns.length < MIN_COMPARE && (
        <p className="rounded border border-line p-3">
          {columns.length === 0
            ? `Choose ${MIN_COMPARE} to ${MAX_COMPARE} ${NOUNS[kind]} to compare them side by side.`
            : `Add 1 to ${MAX_COMPARE - 1} more ${NOUNS[kind]} to compare with ${columns[0].label}.`}
        </p>
      )}
      {columns.length > 0 && <CompareTable comparison={comparison} />}
      {columns.length > 0 && (
        <p className="text-sm">
          <a href={`/compare.csv${toCompareSearch(kind, keys)}`}>Download this comparison as CSV</a>
          <span className="text-muted"> · Share it with this page’s address.</span>
        </p>
      )}
      {columns.length < MAX_COMPARE && (
        <section aria-label="Add to the comparison" className="space-y-4">
          {(columns.length === 0 ? (["projects", "countries", "programmes"] as const) : [kind]).map((k) => (
            <CompareAddForm key={k} kind={k} items={k === kind ? keys : []} candidates={candidates[k]} />
          ))}
        </section>
      )}
    </div>
  );
}
