import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmbedProject } from "@/components/embed/embed-project";
import { EmbedSource } from "@/components/embed/embed-source";
import { getProject } from "@/lib/catalogue/get-project";
import { parseSlug } from "@/lib/filters/slug";

export const metadata: Metadata = { title: "Project (embed)" };

export default async function EmbedProjectPage({ params }: PageProps<"/[locale]/embed/projects/[slug]">) {
  await connection();
  const slug = parseSlug((await params).slug);
  const data = slug ? await getProject(slug) : null;
  if (!data) notFound();
  return (
    <>
      <EmbedProject data={data} />
      <EmbedSource path={`/projects/${data.project.slug}`} label="Full project page on Integration Atlas" />
    </>
  );
}
