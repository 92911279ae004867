import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ProgrammePageData } from "@/lib/catalogue/programmes";
import type { ProjectSearch } from "@/lib/catalogue/search-projects";
import { DEFAULT_FILTERS, projectsHref } from "@/lib/filters/project-filters";
import { PageHeader } from "./page-header";
import { ProjectCard } from "./project/project-card";
import { TableScroll } from "./table-scroll";

export function ProgrammeDetailView({ data, projects }: { data: ProgrammePageData; projects: ProjectSearch }) {
  const t = useTranslations("Programme");
  const { programme, path, children, datasetRows } = data;
  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/programmes", label: t("crumb") },
          ...path.slice(0, -1).map((p) => ({ href: `/programmes/${p.slug}`, label: p.shortName ?? p.name })),
        ]}
        kicker={t("kicker")}
        title={programme.name}
        lead={<p>{programme.description}</p>}
      >
        {children.length > 0 && (
          <p className="mt-4">
            <span className="text-muted">{t("includes")} </span>
            {children.map((c, i) => (
              <span key={c.slug}>
                {i > 0 && t("listSeparator")}
                <Link href={`/programmes/${c.slug}`} prefetch={false}>
                  {c.shortName ?? c.name}
                </Link>
              </span>
            ))}
          </p>
        )}
      </PageHeader>
      {datasetRows.map((row) => (
        <section
          key={row.dataset.slug}
          aria-labelledby={`ds-${row.dataset.slug}`}
          className="mb-10 max-w-3xl rounded-lg bg-wash p-4 sm:p-5"
        >
          <h2 id={`ds-${row.dataset.slug}`} className="text-lg font-bold">
            {row.dataset.title}
          </h2>
          <TableScroll label={t("dataset.scrollLabel", { title: row.dataset.title })}>
            <table className="data-table mt-2">
              <caption className="sr-only">{t("dataset.caption", { unit: row.dataset.unit })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dataset.strand")}</th>
                  {row.dataset.periods.map((p) => (
                    <th key={p} scope="col" className="num">
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row" className="font-normal">
                    {programme.shortName ?? programme.name}
                  </th>
                  {row.values.map((v, i) => (
                    <td key={i} className="num">
                      {v}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </TableScroll>
          <p className="mt-2 text-sm text-muted">
            {t.rich("dataset.note", {
              link: (chunks) => (
                <Link href={`/about#${row.dataset.slug}`} prefetch={false}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </section>
      ))}
      <section aria-labelledby="projects">
        <h2 id="projects" className="text-xl font-bold">
          {t("projects", { count: projects.total })}
        </h2>
        {projects.total > 0 && (
          <p className="mt-1">
            <Link href={projectsHref({ ...DEFAULT_FILTERS, programme: [programme.slug] })} prefetch={false}>
              {t("filterAll", { count: projects.total })}
            </Link>
          </p>
        )}
        <ul className="mt-4 space-y-4">
          {projects.items.map((p) => (
            <li key={p.slug}>
              <ProjectCard project={p} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
