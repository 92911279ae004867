// /compare: notices about the address, the table when there is something to compare, ways to add, export and share.
import { useTranslations } from "next-intl";
import type { Comparison } from "@/lib/catalogue/compare";
import { MAX_COMPARE, MIN_COMPARE, toCompareSearch, type CompareKind } from "@/lib/filters/compare-params";
import { CompareAddForm } from "./compare-add-form";
import { CompareTable } from "./compare-table";

type Props = {
  comparison: Comparison;
  notices: string[];
  candidates: Record<CompareKind, { key: string; label: string }[]>;
};

export function CompareView({ comparison, notices, candidates }: Props) {
  const t = useTranslations("Compare");
  const { kind, columns, missing } = comparison;
  const keys = columns.map((c) => c.key);
  const problems = [...notices, ...missing.map((m) => t(`missing.${kind}`, { value: m }))];
  return (
    <div className="space-y-6">
      {problems.length > 0 && (
        <div role="status" className="rounded border border-flag/40 bg-flag-wash p-3 text-sm">
          <p className="font-semibold">{t("problems")}</p>
          <ul className="list-disc ps-5">
            {problems.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      {columns.length < MIN_COMPARE && (
        <p className="rounded border border-line p-3">
          {columns.length === 0
            ? t(`choose.${kind}`, { min: MIN_COMPARE, max: MAX_COMPARE })
            : t(`addMore.${kind}`, { max: MAX_COMPARE - 1, name: columns[0].label })}
        </p>
      )}
      {columns.length > 0 && <CompareTable comparison={comparison} />}
      {columns.length > 0 && (
        <p className="text-sm">
          <a href={`/compare.csv${toCompareSearch(kind, keys)}`}>{t("downloadCsv")}</a>
          <span className="text-muted"> · {t("shareNote")}</span>
        </p>
      )}
      {columns.length < MAX_COMPARE && (
        <section aria-label={t("addSection")} className="space-y-4">
          {(columns.length === 0 ? (["projects", "countries", "programmes"] as const) : [kind]).map((k) => (
            <CompareAddForm key={k} kind={k} items={k === kind ? keys : []} candidates={candidates[k]} />
          ))}
        </section>
      )}
    </div>
  );
}
