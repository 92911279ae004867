import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { CountriesView } from "@/components/countries-view";
import { EmbedCode } from "@/components/embed/embed-code";
import { listCountries } from "@/lib/catalogue/countries";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/countries">): Promise<Metadata> {
  return pageMetadata({
    locale: await pageLocale(params),
    title: "Countries",
    description: "Projects per country: where they work, where they are led from, and their budgets.",
    path: "/countries",
  });
}

export default async function CountriesPage() {
  await connection();
  return (
    <>
      <CountriesView countries={await listCountries()} />
      <EmbedCode path="/embed/map" title="EU-funded integration projects by country — Integration Atlas" height={640} />
    </>
  );
}
