import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { EmbedProjectList } from "@/components/embed/embed-project-list";
import { EmbedSource } from "@/components/embed/embed-source";
import { searchProjects } from "@/lib/catalogue/search-projects";
import { describeFilters } from "@/lib/filters/describe-filters";
import { parseProjectFilters, toCanonicalSearch } from "@/lib/filters/project-filters";
import { formatCount } from "@/lib/format/money";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/embed/projects">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed.list" });
  return { title: t("metaTitle") };
}

export default async function EmbedProjectsPage({ params, searchParams }: PageProps<"/[locale]/embed/projects">) {
  await connection();
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Embed.list" });
  const { filters } = parseProjectFilters(await searchParams, locale);
  const search = await searchProjects({ ...filters, lang: locale });
  const { short, long } = describeFilters(filters, locale);
  const what = [...short, long].filter(Boolean).join(" · ");
  const path = `/projects${toCanonicalSearch(filters)}`;
  return (
    <>
      <h1 className="text-lg font-bold">{what ? t("headingFiltered", { what }) : t("heading")}</h1>
      <p className="text-muted">
        {t("count", { count: search.total })}
        {search.pageCount > 1
          ? t("page", { page: formatCount(search.page, locale), pages: formatCount(search.pageCount, locale) })
          : ""}
      </p>
      <EmbedProjectList items={search.items} />
      <EmbedSource path={path} label={t("source", { count: search.total })} />
    </>
  );
}
