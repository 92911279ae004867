// A compact list of projects for an embed: name, programme, period and budget; links open the full site (_top).
import { useLocale, useTranslations } from "next-intl";
import { absoluteUrl } from "@/lib/config";
import type { ProjectCard } from "@/lib/catalogue/search-projects";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { localisedPath } from "@/lib/i18n/paths";

const nameOf = (p: { acronym: string | null; title: string }) =>
  p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title;

export function EmbedProjectList({ items }: { items: ProjectCard[] }) {
  const t = useTranslations("Embed.list");
  const locale = useLocale();
  return (
    <ul className="divide-y divide-line">
      {items.map((p) => (
        <li key={p.slug} className="py-2">
          <a href={absoluteUrl(localisedPath(locale, `/projects/${p.slug}`))} target="_top" className="font-semibold">
            {nameOf(p)}
          </a>
          <p className="text-muted">
            {p.programme?.shortName ?? p.programme?.name ?? t("programmeNotStated")} ·{" "}
            {formatPeriod(p.startText, p.endText, locale) ?? t("periodNotStated")} ·{" "}
            {t("budget", { amount: formatEuros(p.totalBudget, locale) })}
          </p>
        </li>
      ))}
    </ul>
  );
}
