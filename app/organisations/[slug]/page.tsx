import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { OrganisationDetailView } from "@/components/organisation-detail";
import { getOrganisation } from "@/lib/catalogue/organisations";
import { parseSlug } from "@/lib/filters/slug";

export async function generateMetadata({ params }: PageProps<"/organisations/[slug]">): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getOrganisation(slug) : null;
  return data ? { title: data.organisation.name, description: `Projects of ${data.organisation.name} in the Integration Atlas.` } : { title: "Organisation not found" };
}

export default async function OrganisationPage({ params }: PageProps<"/organisations/[slug]">) {
  await connection();
  const slug = parseSlug((await params).slug);
  const data = slug ? await getOrganisation(slug) : null;
  if (!data) notFound();
  return <OrganisationDetailView data={data} />;
}
