// The head of a release page: when, from which content, how big the catalogue was, and what changed in a sentence.
import { useLocale, useTranslations } from "next-intl";
import type { ReleaseSummary } from "@/lib/catalogue/releases";
import { formatCount, formatEuros } from "@/lib/format/money";
import { ReleaseDate } from "./release-date";

export function ReleaseFacts({ release: r }: { release: ReleaseSummary }) {
  const t = useTranslations("Releases");
  const locale = useLocale();
  return (
    <div className="mt-3 space-y-3">
      <p className="text-lg">
        {t.rich("published", {
          date: () => <ReleaseDate date={r.releasedAt} />,
          added: formatCount(r.added, locale),
          removed: formatCount(r.removed, locale),
          changed: formatCount(r.changed, locale),
          first: r.id === 1 ? "yes" : "no",
        })}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("projects")}</dt>
        <dd>{formatCount(r.projects, locale)}</dd>
        <dt className="font-semibold">{t("organisations")}</dt>
        <dd>{formatCount(r.organisations, locale)}</dd>
        <dt className="font-semibold">{t("participations")}</dt>
        <dd>{formatCount(r.partners, locale)}</dd>
        <dt className="font-semibold">{t("totalBudget")}</dt>
        <dd>{formatEuros(r.totalBudget, locale)}</dd>
        <dt className="font-semibold">{t("contentHash")}</dt>
        <dd className="min-w-0 break-all">
          <code>{r.contentHash}</code>
        </dd>
      </dl>
    </div>
  );
}
