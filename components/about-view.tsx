import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { AboutData } from "@/lib/catalogue/about-data";
import { fieldLabel } from "@/lib/content/field-labels";
import { formatPartialDate } from "@/lib/format/partial-date";
import { sourceAnchor, sourceKind } from "@/lib/format/source-name";
import { formatSourcePages } from "@/lib/format/source-pages";
import { LICENCE } from "@/lib/seo/licence";
import { PageHeader } from "./page-header";
import { PeriodChart, PeriodLegend } from "./period-chart";
import { TableScroll } from "./table-scroll";

/** A source's language ("cs") named in the page's language ("Czech", "Tschechisch"); an unknown code as it is. */
function languageName(code: string, locale: Locale) {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function AboutView({ data }: { data: AboutData }) {
  const t = useTranslations("About");
  const licence = useTranslations("Licence");
  const common = useTranslations("Common");
  const project = useTranslations("Project");
  const locale = useLocale();
  // Readings, notes and dataset notes are the editors' English, not translated: marked so on other languages' pages.
  const editorsLang = locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE;
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("title")} lead={<p>{t("lead")}</p>}>
        <p className="mt-3">{t.rich("flagsIntro", { flags: (chunks) => <a href="#flags">{chunks}</a> })}</p>
        <p className="mt-3">
          {licence.rich("sentence", {
            licence: () => (
              <a href={LICENCE.url} rel="license">
                {LICENCE.name}
              </a>
            ),
          })}
        </p>
      </PageHeader>
      <section aria-labelledby="sources">
        <h2 id="sources" className="text-xl font-bold">
          {t("sources")}
        </h2>
        {data.sources.map((s) => (
          <article
            key={s.file}
            id={sourceAnchor(s.file)}
            aria-labelledby={`${sourceAnchor(s.file)}-title`}
            className="mt-5 scroll-mt-4 rounded-lg border border-line p-4 target:border-2 target:border-brand sm:p-5"
          >
            {/* Titles, descriptions and notes come from the database, in English for now: dir="auto" keeps their
                punctuation in place on right-to-left pages. */}
            <h3 id={`${sourceAnchor(s.file)}-title`} dir="auto" className="text-lg font-bold">
              {s.title}
            </h3>
            <p className="mt-1 text-sm text-muted">
              {[
                sourceKind(s.kind, locale).replace(/^./, (c) => c.toLocaleUpperCase(locale)),
                t("language", { language: languageName(s.language, locale) }),
                s.date && t("dated", { date: formatPartialDate(s.date, locale) }),
                t("publisher", { publisher: s.publisher ?? common("notStated") }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p className="mt-2" dir="auto">
              {s.description}
            </p>
            <p className="mt-2 text-sm">
              {t("takenFrom", {
                projects: s._count.projects,
                participations: s.extracted.participations,
                organisations: s._count.organisations,
                results: s.extracted.results,
                events: s.extracted.events,
              })}
            </p>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {s.projects.map((p) => {
                const pages = formatSourcePages(p.pages);
                return (
                  <li key={p.slug}>
                    <Link href={`/projects/${p.slug}`} prefetch={false}>
                      {p.acronym ?? p.title}
                    </Link>
                    {pages && <span className="text-muted"> ({pages})</span>}
                  </li>
                );
              })}
              {s._count.projects > s.projects.length && (
                <li className="text-muted">{t("more", { count: s._count.projects - s.projects.length })}</li>
              )}
            </ul>
          </article>
        ))}
      </section>
      {data.datasets.map((d) => (
        <section key={d.slug} id={d.slug} aria-labelledby={`${d.slug}-h`} className="mt-12">
          <h2 id={`${d.slug}-h`} dir="auto" className="text-xl font-bold">
            {d.title}
          </h2>
          <PeriodChart dataset={d} />
          <PeriodLegend dataset={d} />
          <TableScroll label={t("periodTable")}>
            <table className="data-table mt-4 max-w-lg">
              <caption className="pb-2 text-muted">
                {t.rich("periodCaption", {
                  unit: d.unit,
                  title: d.sourceDocument.title,
                  source: (chunks) => <a href={`#${sourceAnchor(d.sourceDocument.file)}`}>{chunks}</a>,
                })}
                {formatSourcePages(d.sourcePages) && `, ${formatSourcePages(d.sourcePages)}`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("strand")}</th>
                  {d.periods.map((p) => (
                    <th key={p} scope="col" className="num">
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row" className="font-normal">
                      {r.programme ? (
                        <Link href={`/programmes/${r.programme.slug}`} prefetch={false}>
                          {r.label}
                        </Link>
                      ) : (
                        r.label
                      )}
                    </th>
                    {r.values.map((v, i) => (
                      <td key={i} className="num">
                        {v}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t("total")}</th>
                  {d.totals.map((v, i) => (
                    <td key={i} className="num font-semibold">
                      {v}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </TableScroll>
          {d.note && (
            <p className="mt-2 text-sm text-muted" dir="auto" lang={editorsLang}>
              {d.note}
            </p>
          )}
        </section>
      ))}
      <section aria-labelledby="flags-h" id="flags" className="mt-12">
        <h2 id="flags-h" className="text-xl font-bold">
          {t("flagsTitle", { count: data.flagCount })}
        </h2>
        {data.flagCount > data.flags.length && (
          <p className="text-sm text-muted">{t("flagsFirst", { count: data.flags.length })}</p>
        )}
        {editorsLang && <p className="text-sm text-muted">{project("flags.inEnglish")}</p>}
        <TableScroll label={t("flagsTable")}>
          <table className="data-table mt-3">
            <caption className="sr-only">{t("flagsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("projectField")}</th>
                <th scope="col">{t("printed")}</th>
                <th scope="col">{t("reading")}</th>
                <th scope="col">{t("note")}</th>
              </tr>
            </thead>
            <tbody>
              {data.flags.map((f, i) => (
                <tr key={i}>
                  <th scope="row" className="min-w-32 font-normal">
                    <Link href={`/projects/${f.project.slug}#data-quality`} prefetch={false}>
                      {f.project.acronym ?? f.project.title}
                    </Link>
                    <span className="block text-xs text-muted">{fieldLabel(f.field, locale)}</span>
                  </th>
                  <td className="min-w-28">
                    {common.rich("quoted", {
                      text: () => <bdi lang={f.sourceLang === locale ? undefined : f.sourceLang}>{f.raw}</bdi>,
                    })}
                  </td>
                  <td className="min-w-28">
                    {f.reading === null ? <em>{t("leftEmpty")}</em> : <bdi lang={editorsLang}>{f.reading}</bdi>}
                  </td>
                  <td className="min-w-64" dir="auto" lang={editorsLang}>
                    {f.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
