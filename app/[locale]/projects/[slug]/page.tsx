import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ProjectDetailView } from "@/components/project/project-detail";
import { ProjectPageExtras } from "@/components/compare/project-page-extras";
import { getProjectPage } from "@/lib/catalogue/project-page";
import { pageLocale } from "@/lib/i18n/page-locale";
import { parseSlug } from "@/lib/filters/slug";
import { clip, pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/projects/[slug]">): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const locale = await pageLocale(params);
  const page = slug ? await getProjectPage(slug, locale) : null;
  if (!page) return { title: (await getTranslations({ locale, namespace: "Project" }))("notFound") };
  const { project } = page.data;
  const title =
    project.acronym && project.acronym.toLowerCase() !== project.title.toLowerCase()
      ? `${project.acronym} — ${project.title}`
      : project.title;
  return pageMetadata({
    locale,
    title,
    description: clip(project.summary),
    path: `/projects/${project.slug}`,
    image: `/og/project/${project.slug}`,
  });
}

export default async function ProjectPage({ params }: PageProps<"/[locale]/projects/[slug]">) {
  await connection();
  const slug = parseSlug((await params).slug);
  const locale = await pageLocale(params);
  // Our own text (summary, description, objectives, results, theme names) in the page's language where translated.
  const page = slug ? await getProjectPage(slug, locale) : null;
  if (!page) notFound();
  const { data, text, lastChange, english } = page;
  return (
    <>
      <ProjectDetailView data={data} english={english} text={text} lastChange={lastChange} />
      <ProjectPageExtras slug={data.project.slug} title={data.project.title} />
    </>
  );
}
