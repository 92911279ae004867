import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ProjectCard as ProjectCardData } from "@/lib/catalogue/search-projects";
import { countryName } from "@/lib/format/countries";
import { formatEuros } from "@/lib/format/money";
import { formatPeriod } from "@/lib/format/partial-date";
import { HighlightedText } from "../highlighted-text";

/** One result. Its link is not prefetched: a list prefetches every project nobody opens. */
export function ProjectCard({ project }: { project: ProjectCardData }) {
  const t = useTranslations("Project");
  const locale = useLocale();
  const period = formatPeriod(project.startText, project.endText, locale);
  return (
    <article className="rounded-lg border border-line p-4">
      <h3 className="text-lg font-semibold">
        <Link href={`/projects/${project.slug}`} prefetch={false}>
          {project.acronym && project.acronym.toLowerCase() !== project.title.toLowerCase()
            ? `${project.acronym} — `
            : ""}
          {project.titleHighlight ? <HighlightedText text={project.titleHighlight} /> : project.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {project.programme?.shortName ?? project.programme?.name ?? t("card.programmeNotStated")}
        {" · "}
        {project.countries.length
          ? project.countries.map((c) => countryName(c.countryCode, locale)).join(t("listSeparator"))
          : t("card.countriesNotStated")}
      </p>
      <p className="mt-2">{project.highlight ? <HighlightedText text={project.highlight} /> : project.summary}</p>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          <dt className="inline text-muted">{t("card.totalBudget")} </dt>
          <dd className="inline font-medium">{formatEuros(project.totalBudget, locale)}</dd>
        </div>
        <div>
          <dt className="inline text-muted">
            {project.programme?.funder === "EEA" ? t("card.eeaGrant") : t("card.euGrant")}{" "}
          </dt>
          <dd className="inline font-medium">{formatEuros(project.grantAmount, locale)}</dd>
        </div>
        <div>
          <dt className="inline text-muted">{t("card.period")} </dt>
          <dd className="inline">{period ?? t("notStated")}</dd>
        </div>
      </dl>
    </article>
  );
}
