import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmbedProject } from "@/components/embed/embed-project";
import { EmbedSource } from "@/components/embed/embed-source";
import { getProject } from "@/lib/catalogue/get-project";
import { parseSlug } from "@/lib/filters/slug";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/embed/projects/[slug]">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed.project" });
  return { title: t("metaTitle") };
}

export default async function EmbedProjectPage({ params }: PageProps<"/[locale]/embed/projects/[slug]">) {
  await connection();
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed.project" });
  const slug = parseSlug((await params).slug);
  const data = slug ? await getProject(slug) : null;
  if (!data) notFound();
  return (
    <>
      <EmbedProject data={data} />
      <EmbedSource path={`/projects/${data.project.slug}`} label={t("source")} />
    </>
  );
}
