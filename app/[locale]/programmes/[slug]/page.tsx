import { pageLocale } from "@/lib/i18n/page-locale";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ProgrammeDetailView } from "@/components/programme-detail";
import { StartYearSection } from "@/components/trends/start-year-section";
import { getProgramme } from "@/lib/catalogue/programmes";
import { searchProjects } from "@/lib/catalogue/search-projects";
import { projectsByStartYear } from "@/lib/catalogue/trends";
import { DEFAULT_FILTERS } from "@/lib/filters/project-filters";
import { parseSlug } from "@/lib/filters/slug";
import { clip, pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/programmes/[slug]">): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const locale = await getLocale();
  const data = slug ? await getProgramme(slug, locale) : null;
  if (!data) return { title: (await getTranslations({ locale, namespace: "Programme" }))("notFound") };
  const p = data.programme;
  return pageMetadata({
    locale,
    title: p.name,
    description: clip(p.description),
    path: `/programmes/${p.slug}`,
    image: `/og/programme/${p.slug}`,
  });
}

export default async function ProgrammePage({ params }: PageProps<"/[locale]/programmes/[slug]">) {
  await connection();
  const lang = await pageLocale(params);
  const slug = parseSlug((await params).slug);
  const data = slug ? await getProgramme(slug, lang) : null;
  if (!data || !slug) notFound();
  const [projects, trend] = await Promise.all([
    searchProjects({ ...DEFAULT_FILTERS, programme: [slug], sort: "budget-desc", lang }),
    projectsByStartYear({ ...DEFAULT_FILTERS, programme: [slug], lang }),
  ]);
  return (
    <>
      <ProgrammeDetailView data={data} projects={projects} />
      <StartYearSection trend={trend} />
    </>
  );
}
