import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { connection } from "next/server";
import { OrganisationList } from "@/components/organisation-list";
import { listOrganisations } from "@/lib/catalogue/organisations";
import { parseOrganisationFilters } from "@/lib/filters/organisation-filters";

export async function generateMetadata({ params }: PageProps<"/[locale]/organisations">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("metaDescription"),
    path: "/organisations",
  });
}

export default async function OrganisationsPage({ searchParams }: PageProps<"/[locale]/organisations">) {
  await connection();
  const { filters, notices } = parseOrganisationFilters(await searchParams);
  const list = await listOrganisations(filters);
  return <OrganisationList filters={filters} notices={notices} list={list} />;
}
