// The comparison itself: one column per item, one row per figure; rows whose values differ are marked in words and
// shading, so the differences do not depend on colour alone.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { TableScroll } from "@/components/table-scroll";
import type { Comparison } from "@/lib/catalogue/compare";
import { toCompareSearch } from "@/lib/filters/compare-params";

export function CompareTable({ comparison: { kind, columns, rows } }: { comparison: Comparison }) {
  const t = useTranslations("Compare");
  const keys = columns.map((c) => c.key);
  return (
    <TableScroll label={t("table.label")}>
      <table className="w-full min-w-[40rem] border-collapse text-start text-sm">
        <caption className="mb-2 text-start text-muted">{t("table.caption")}</caption>
        <thead>
          <tr className="border-b-2 border-line align-bottom">
            <td className="py-2 pe-3" />
            {columns.map((c) => (
              <th key={c.key} scope="col" className="relative py-2 pe-3">
                <Link href={c.href} className="font-semibold">
                  {c.label}
                </Link>
                {columns.length > 1 && (
                  <Link
                    href={`/compare${toCompareSearch(
                      kind,
                      keys.filter((k) => k !== c.key),
                    )}`}
                    className="mt-1 block min-h-6 text-xs font-normal"
                  >
                    {t.rich("table.remove", {
                      name: c.label,
                      sr: (chunks) => <span className="sr-only">{chunks}</span>,
                    })}
                  </Link>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={`border-b border-line align-top ${r.differs ? "bg-wash" : ""}`}>
              <th scope="row" className="py-2 pe-3 font-semibold">
                {r.label}
                {r.differs && columns.length > 1 && (
                  <span className="ms-1 block text-xs font-normal text-muted">{t("table.differs")}</span>
                )}
              </th>
              {r.values.map((v, i) => (
                <td key={keys[i]} className={`py-2 pe-3 ${v === "not stated" ? "italic text-muted" : ""}`}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
