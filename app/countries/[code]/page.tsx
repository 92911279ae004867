import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CountryDetailView } from "@/components/country-detail";
import { countryParam, getCountry } from "@/lib/catalogue/countries";
import { searchProjects } from "@/lib/catalogue/search-projects";
import { DEFAULT_FILTERS } from "@/lib/filters/project-filters";

export async function generateMetadata({ params }: PageProps<"/countries/[code]">): Promise<Metadata> {
  const code = countryParam((await params).code);
  const data = code ? await getCountry(code) : null;
  return data ? { title: data.country.name, description: `EU-funded integration projects in ${data.country.name}.` } : { title: "Country not found" };
}

export default async function CountryPage({ params }: PageProps<"/countries/[code]">) {
  await connection();
  const code = countryParam((await params).code);
  const data = code ? await getCountry(code) : null;
  if (!data || !code) notFound();
  const projects = await searchProjects({ ...DEFAULT_FILTERS, country: [code], sort: "name" });
  return <CountryDetailView data={data} projects={projects} />;
}
