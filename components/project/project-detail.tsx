import { useLocale, useTranslations } from "next-intl";
import NextLink from "next/link";
import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import type { TextLanguage } from "@/lib/catalogue/localise";
import { countryName } from "@/lib/format/countries";
import { absoluteUrl } from "@/lib/config";
import { projectJsonLd } from "@/lib/seo/json-ld";
import { JsonLdScript } from "../json-ld";
import { CiteBlock } from "./cite-block";
import { EventsTimeline } from "./events-timeline";
import { PartnersTable } from "./partners-table";
import { ProjectFacts } from "./project-facts";
import { QualityFlags } from "./quality-flags";
import { ReportErrorLink } from "./report-error-link";
import { ResultsList } from "./results-list";
import { ShareBlock } from "./share-block";
import { formatPartialDate } from "@/lib/format/partial-date";
import { sourceAnchor, sourceCitation } from "@/lib/format/source-name";

function Section({
  id,
  title,
  children,
  print = true,
}: {
  id: string;
  title: string;
  children: ReactNode;
  print?: boolean;
}) {
  return (
    <section aria-labelledby={id} className={`mt-10 print:mt-2 ${print ? "" : "print:hidden"}`}>
      <h2 id={id} className="mb-3 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** `lastChange`: the last data release that added or changed this project (lib/catalogue/releases.ts). */
/** `text`: the language of the project's own text (a translation, or English standing in for a missing one). */
/** `english`: the same record in English, for the citation, which is written in English on every page. */
export function ProjectDetailView({
  data,
  english,
  text = { lang: "en", translated: false },
  lastChange = null,
}: {
  data: ProjectPageData;
  english: ProjectPageData;
  text?: TextLanguage;
  lastChange?: { id: number; releasedAt: Date } | null;
}) {
  const t = useTranslations("Project");
  const tl = useTranslations("Language");
  const locale = useLocale();
  // English text on a page in another language is marked as such, for screen readers and hyphenation.
  const textLang = text.lang !== locale ? text.lang : undefined;
  const { project } = data;
  const source = project.sourceDocument;
  const notStated = <p className="italic text-muted">{t("notStatedInSource")}</p>;
  const kind = t(`sourceKinds.${source.kind}`);
  const printedOn = new Date().toISOString().slice(0, 10);
  const shares = (r: ProjectPageData["related"][number]) =>
    [
      r.partners ? t("sharesPartners", { count: r.partners }) : null,
      r.themes ? t("sharesThemes", { count: r.themes }) : null,
      r.countries ? t("sharesCountries", { count: r.countries }) : null,
    ]
      .filter(Boolean)
      .join(t("listSeparator"));
  return (
    <article>
      <JsonLdScript data={projectJsonLd(data, locale)} />
      <nav aria-label={t("breadcrumb")} className="mb-3 text-sm print:hidden">
        <ol className="flex flex-wrap items-center gap-x-2">
          <li className="flex items-center gap-x-2">
            <Link href="/projects" prefetch={false} className="text-ink">
              {t("projects")}
            </Link>
            {/* Alone in its flex item the chevron is not mirrored by the browser: turned by hand right to left. */}
            <span aria-hidden="true" className="text-muted rtl:-scale-x-100">
              ›
            </span>
          </li>
        </ol>
      </nav>
      <h1 className="max-w-4xl text-2xl font-bold tracking-tight sm:text-3xl">
        {project.acronym && project.acronym.toLowerCase() !== project.title.toLowerCase() && (
          <span className="mb-1 block text-brand">{project.acronym}</span>
        )}
        {project.title}
      </h1>
      {project.titleIsEditorial && <p className="mt-2 text-sm text-muted">{t("editorialTitle")}</p>}
      <p className="mt-4 max-w-3xl text-lg" lang={textLang}>
        {project.summary}
      </p>
      {text.translated ? (
        <p className="mt-2 text-sm text-muted">
          {tl("translatedNote")}{" "}
          {/* The English page is at its unprefixed address (next-intl's locale="en" would add /en and a redirect). */}
          <NextLink href={`/projects/${project.slug}`} hrefLang="en" prefetch={false}>
            {tl("englishOriginal")}
          </NextLink>
        </p>
      ) : (
        locale !== "en" && <p className="mt-2 text-sm text-muted">{tl("untranslatedNote")}</p>
      )}
      <div className="mt-6 max-w-3xl space-y-3">
        <ShareBlock url={absoluteUrl(`/projects/${project.slug}`)} title={project.acronym ?? project.title} />
        <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm print:hidden">
          <a href="#cite">{t("citeLink")}</a>
          <ReportErrorLink slug={project.slug}>{t("reportError")}</ReportErrorLink>
        </p>
        {lastChange && (
          <p className="text-sm text-muted print:hidden">
            <Link href={`/releases/${lastChange.id}#${project.slug}`} prefetch={false}>
              {t.rich("lastChanged", {
                date: () => (
                  <time dateTime={lastChange.releasedAt.toISOString()}>
                    {formatPartialDate(lastChange.releasedAt.toISOString().slice(0, 10), locale)}
                  </time>
                ),
              })}
            </Link>{" "}
            {t("dataRelease", { id: lastChange.id })}
          </p>
        )}
      </div>

      <div className="mt-8 print:mt-2">
        <ProjectFacts data={data} />
      </div>

      <Section id="description" title={t("sections.description")} print={false}>
        <div className="max-w-3xl space-y-3" lang={textLang}>
          {project.description.split("\n\n").map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </div>
      </Section>

      <Section id="objectives" title={t("sections.objectives")}>
        {project.objectives.length ? (
          <ul className="list-disc space-y-1 ps-5" lang={textLang}>
            {project.objectives.map((o, i) => (
              <li key={i}>{o.text}</li>
            ))}
          </ul>
        ) : (
          notStated
        )}
      </Section>

      <Section id="results" title={t("sections.results")}>
        {project.results.length ? (
          <div lang={textLang}>
            <ResultsList results={project.results} />
          </div>
        ) : (
          notStated
        )}
      </Section>

      <Section id="partners" title={t("sections.partners")}>
        <PartnersTable partners={project.participations} />
      </Section>

      <Section id="area" title={t("sections.area")}>
        {project.countries.length ? (
          <ul className="space-y-1 print:flex print:flex-wrap print:gap-x-3 print:space-y-0">
            {project.countries.map(({ country }) => {
              const regions = project.regions.filter((r) => r.region.countryCode === country.code);
              return (
                <li key={country.code}>
                  <Link href={`/countries/${country.code.toLowerCase()}`} prefetch={false}>
                    {countryName(country.code, locale)}
                  </Link>
                  {regions.length > 0 && <span>: {regions.map((r) => r.region.name).join(t("listSeparator"))}</span>}
                </li>
              );
            })}
          </ul>
        ) : (
          notStated
        )}
      </Section>

      {project.events.length > 0 && (
        <Section id="events" title={t("sections.events")}>
          <EventsTimeline events={project.events} />
        </Section>
      )}

      <Section id="themes" title={t("sections.themes")}>
        <p>
          <span className="text-muted">{t("themesLabel")} </span>
          {project.themes.map(({ theme }, i) => (
            <span key={theme.slug}>
              {i > 0 && t("listSeparator")}
              <Link href={`/projects?theme=${theme.slug}`} prefetch={false}>
                {theme.name}
              </Link>
            </span>
          ))}
        </p>
        <p className="mt-1">
          <span className="text-muted">{t("targetGroupsLabel")} </span>
          {project.targetGroups.length
            ? project.targetGroups.map(({ targetGroup }, i) => (
                <span key={targetGroup.slug}>
                  {i > 0 && t("listSeparator")}
                  <Link href={`/projects?group=${targetGroup.slug}`} prefetch={false}>
                    {targetGroup.name}
                  </Link>
                </span>
              ))
            : t("notStated")}
        </p>
        <p className="mt-1 text-sm text-muted print:hidden">{t("taggingNote")}</p>
      </Section>

      {project.links.length > 0 && (
        <Section id="links" title={t("sections.links")}>
          <ul className="list-disc ps-5">
            {project.links.map((l) => (
              <li key={l.url}>
                {l.label}:{" "}
                <a href={l.url} rel="nofollow noopener" className="break-all">
                  {l.url}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="data-quality" title={t("sections.quality")}>
        {project.flags.length ? (
          <QualityFlags flags={project.flags} sourceLang={source.language} />
        ) : (
          <p>{t("noFlags")}</p>
        )}
      </Section>

      {data.related.length > 0 && (
        <Section id="related" title={t("sections.related")} print={false}>
          <ul className="space-y-1">
            {data.related.map((r) => (
              <li key={r.slug}>
                <Link href={`/projects/${r.slug}`} prefetch={false}>
                  {r.acronym ?? r.title}
                </Link>
                <span className="text-sm text-muted">
                  {" — "}
                  {t("shares", { list: shares(r) })}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="source" title={t("sections.source")}>
        <p className="max-w-3xl">
          {t.rich("sourceText", {
            kind,
            source: () => (
              <Link href={`/about#${sourceAnchor(source.file)}`} prefetch={false}>
                {sourceCitation(source, project.sourcePages)}
              </Link>
            ),
          })}
        </p>
        <p className="mt-2 hidden text-xs print:block">
          {t("printedFrom", { url: absoluteUrl(`/projects/${project.slug}`), date: printedOn })}
        </p>
      </Section>

      <Section id="cite" title={t("sections.cite")} print={false}>
        <CiteBlock data={english} />
      </Section>
    </article>
  );
}
