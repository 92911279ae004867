import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { OrganisationDetailView } from "@/components/organisation-detail";
import { getOrganisation } from "@/lib/catalogue/organisations";
import { parseSlug } from "@/lib/filters/slug";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/organisations/[slug]">): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getOrganisation(slug) : null;
  if (!data) return { title: "Organisation not found" };
  const o = data.organisation;
  return pageMetadata({
    locale: await getLocale(),
    title: o.name,
    description: `${o.name} takes part in ${o._count.participations} catalogued integration ${o._count.participations === 1 ? "project" : "projects"}, with ${data.collaboratorCount} partner organisations.`,
    path: `/organisations/${o.slug}`,
    image: `/og/organisation/${o.slug}`,
  });
}

export default async function OrganisationPage({ params }: PageProps<"/[locale]/organisations/[slug]">) {
  await connection();
  const slug = parseSlug((await params).slug);
  const data = slug ? await getOrganisation(slug) : null;
  if (!data) notFound();
  return <OrganisationDetailView data={data} />;
}
