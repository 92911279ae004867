// One project in an embed: the key facts only, each as stated or "not stated".
import { useLocale, useTranslations } from "next-intl";
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import { countryName } from "@/lib/format/countries";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";

export function EmbedProject({ data: { project: p, programmes } }: { data: ProjectPageData }) {
  const t = useTranslations("Embed.project");
  const locale = useLocale();
  const notStated = t("notStated");
  const lead = p.participations.find((x) => ["lead", "coordinator", "promoter"].includes(x.role));
  const facts: [string, string][] = [
    [t("programme"), programmes.at(-1)?.name ?? notStated],
    [t("period"), formatPeriod(p.startText, p.endText, locale) ?? notStated],
    [t("totalBudget"), formatEuros(p.totalBudget, locale)],
    [p.programme?.funder === "EEA" ? t("eeaGrants") : t("euContribution"), formatEuros(p.grantAmount, locale)],
    [t("countries"), p.countries.map((c) => countryName(c.country.code, locale)).join(", ") || notStated],
    [t("lead"), lead ? lead.organisation.name : notStated],
  ];
  return (
    <article>
      <h1 className="text-lg font-bold">
        {p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym} — ${p.title}` : p.title}
      </h1>
      <p className="mt-1">{p.summary}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
