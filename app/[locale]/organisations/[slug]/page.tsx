import { getLocale, getTranslations } from "next-intl/server";
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
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "Organisation" });
  if (!data) return { title: t("notFound") };
  const o = data.organisation;
  return pageMetadata({
    locale,
    title: o.name,
    description: t("metaDescription", {
      name: o.name,
      count: o._count.participations,
      partners: data.collaboratorCount,
    }),
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
