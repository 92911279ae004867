import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ProjectDetailView } from "@/components/project/project-detail";
import { ProjectPageExtras } from "@/components/compare/project-page-extras";
import { getProject } from "@/lib/catalogue/get-project";
import { projectLastChange } from "@/lib/catalogue/releases";
import { parseSlug } from "@/lib/filters/slug";
import { clip, pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/projects/[slug]">): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getProject(slug) : null;
  const locale = await getLocale();
  if (!data) return { title: (await getTranslations({ locale, namespace: "Project" }))("notFound") };
  const { project } = data;
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
  const [data, lastChange] = slug ? await Promise.all([getProject(slug), projectLastChange(slug)]) : [null, null];
  if (!data) notFound();
  return (
    <>
      <ProjectDetailView data={data} lastChange={lastChange} />
      <ProjectPageExtras slug={data.project.slug} title={data.project.title} />
    </>
  );
}
