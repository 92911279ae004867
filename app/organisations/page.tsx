import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { connection } from "next/server";
import { OrganisationList } from "@/components/organisation-list";
import { listOrganisations } from "@/lib/catalogue/organisations";
import { parseOrganisationFilters } from "@/lib/filters/organisation-filters";

export const metadata: Metadata = pageMetadata({
  title: "Organisations",
  description: "Every organisation taking part in the catalogued projects, with its projects and roles.",
  path: "/organisations",
});

export default async function OrganisationsPage({ searchParams }: PageProps<"/organisations">) {
  await connection();
  const { filters, notices } = parseOrganisationFilters(await searchParams);
  const list = await listOrganisations(filters);
  return <OrganisationList filters={filters} notices={notices} list={list} />;
}
