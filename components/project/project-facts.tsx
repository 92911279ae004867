import { Link } from "@/lib/i18n/navigation";
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import { cofinancingRate, formatEuros, formatPercent } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { projectStatus, STATUS_LABELS } from "@/lib/format/status";
import { BudgetBar } from "../budget-bar";
import { NotStated } from "../not-stated";

export function grantLabelOf(funder: "EU" | "EEA" | undefined) {
  return funder === "EEA" ? "EEA Grants contribution" : "EU contribution";
}

export function ProjectFacts({ data }: { data: ProjectPageData }) {
  const { project, programmes } = data;
  const rate = cofinancingRate(project.totalBudget, project.grantAmount);
  const period = formatPeriod(project.startText, project.endText);
  const grantLabel = grantLabelOf(project.programme?.funder);
  return (
    <section
      aria-labelledby="facts"
      className="max-w-3xl rounded-lg border-t-4 border-brand bg-wash p-4 sm:p-5 print:p-2"
    >
      <h2 id="facts" className="text-lg font-bold">
        Key facts
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0 [&>dt]:text-sm sm:[&>dt]:text-base">
        <dt className="text-muted">Funding</dt>
        <dd>
          {programmes.length ? (
            <ol className="flex flex-wrap gap-1" aria-label="Programme hierarchy">
              {programmes.map((p, i) => (
                <li key={p.slug}>
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
        <dt className="text-muted">Period</dt>
        <dd>
          {period ?? <NotStated />}
          <span className="ml-2 inline-block rounded-full bg-paper px-2.5 py-0.5 text-sm ring-1 ring-line-strong">
            {STATUS_LABELS[projectStatus(project.startDate, project.endDate)]}
          </span>
        </dd>
        <dt className="text-muted">Total budget</dt>
        <dd>{project.totalBudget === null ? <NotStated /> : formatEuros(project.totalBudget)}</dd>
        <dt className="text-muted">{grantLabel}</dt>
        <dd>{project.grantAmount === null ? <NotStated /> : formatEuros(project.grantAmount)}</dd>
        <dt className="text-muted">Co-financing rate</dt>
        <dd>
          {rate === null ? (
            <span className="italic text-muted">cannot be computed (an amount is not stated)</span>
          ) : (
            formatPercent(rate)
          )}
        </dd>
        <dt className="text-muted">Partners</dt>
        <dd>
          {project.participations.length} listed
          {project.statedPartnerCount !== null && project.statedPartnerCount !== project.participations.length
            ? ` (the source states ${project.statedPartnerCount})`
            : ""}
        </dd>
      </dl>
      <BudgetBar total={project.totalBudget} grant={project.grantAmount} grantLabel={grantLabel} />
    </section>
  );
}
