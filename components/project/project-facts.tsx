import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import { cofinancingRate, formatEuros, formatPercent } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { projectStatus, statusLabel } from "@/lib/format/status";
import { BudgetBar } from "../budget-bar";
import { NotStated } from "../not-stated";

export function ProjectFacts({ data }: { data: ProjectPageData }) {
  const t = useTranslations("Project");
  const locale = useLocale();
  const { project, programmes } = data;
  const rate = cofinancingRate(project.totalBudget, project.grantAmount);
  const period = formatPeriod(project.startText, project.endText, locale);
  const grantLabel = project.programme?.funder === "EEA" ? t("facts.eeaGrant") : t("facts.euGrant");
  return (
    <section
      aria-labelledby="facts"
      className="max-w-3xl rounded-lg border-t-4 border-brand bg-wash p-4 sm:p-5 print:p-2"
    >
      <h2 id="facts" className="text-lg font-bold">
        {t("facts.title")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0 [&>dt]:text-sm sm:[&>dt]:text-base">
        <dt className="text-muted">{t("facts.funding")}</dt>
        <dd>
          {programmes.length ? (
            <ol className="flex flex-wrap gap-1" aria-label={t("facts.hierarchy")}>
              {programmes.map((p, i) => (
                <li key={p.slug}>
                  {/* "›" is a mirrored character: right to left, the browser draws it as "‹". */}
                  {i > 0 && <span aria-hidden="true"> › </span>}
                  <Link href={`/programmes/${p.slug}`} prefetch={false}>
                    {p.shortName ?? p.name}
                  </Link>
                </li>
              ))}
            </ol>
          ) : (
            <NotStated />
          )}
        </dd>
        <dt className="text-muted">{t("facts.period")}</dt>
        <dd>
          {period ?? <NotStated />}
          <span className="ms-2 inline-block rounded-full bg-paper px-2.5 py-0.5 text-sm ring-1 ring-line-strong">
            {statusLabel(projectStatus(project.startDate, project.endDate), locale)}
          </span>
        </dd>
        <dt className="text-muted">{t("facts.totalBudget")}</dt>
        <dd>{project.totalBudget === null ? <NotStated /> : formatEuros(project.totalBudget, locale)}</dd>
        <dt className="text-muted">{grantLabel}</dt>
        <dd>{project.grantAmount === null ? <NotStated /> : formatEuros(project.grantAmount, locale)}</dd>
        <dt className="text-muted">{t("facts.rate")}</dt>
        <dd>
          {rate === null ? (
            <span className="italic text-muted">{t("facts.rateUnknown")}</span>
          ) : (
            formatPercent(rate, locale)
          )}
        </dd>
        <dt className="text-muted">{t("facts.partners")}</dt>
        <dd>
          {project.statedPartnerCount !== null && project.statedPartnerCount !== project.participations.length
            ? t("facts.partnersListedStated", {
                count: project.participations.length,
                stated: project.statedPartnerCount,
              })
            : t("facts.partnersListed", { count: project.participations.length })}
        </dd>
      </dl>
      <BudgetBar total={project.totalBudget} grant={project.grantAmount} grantLabel={grantLabel} />
    </section>
  );
}
