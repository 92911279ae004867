import { useLocale, useTranslations } from "next-intl";
import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { formatCount } from "@/lib/format/money";

export function ResultsList({ results }: { results: ProjectDetail["results"] }) {
  const t = useTranslations("Project");
  const locale = useLocale();
  return (
    <ul className="space-y-2">
      {results.map((r, i) => (
        <li key={i} className="flex gap-3">
          <span className="min-w-20 text-end font-semibold tabular-nums">
            {r.figure === null ? "—" : formatCount(r.figure, locale)}
          </span>
          <span>
            {r.text}
            {r.unit && r.figure !== null && <span className="text-muted"> ({r.unit})</span>}
            {r.expected && <span className="ms-2 rounded bg-wash px-1.5 text-xs ring-1 ring-line">{t("planned")}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
