import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { HomeView } from "@/components/home-view";
import { EmbedCode } from "@/components/embed/embed-code";
import { listCountries } from "@/lib/catalogue/countries";
import { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { pageMetadata } from "@/lib/seo/page-metadata";

const HOME_TITLE = "Integration Atlas — EU-funded projects for the integration of migrants, refugees and minorities";
export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  return {
    ...pageMetadata({
      locale: await pageLocale(params),
      title: HOME_TITLE,
      description:
        "A sourced catalogue of EU-funded integration projects: budgets, partners, countries, results and events, every fact traced to its document.",
      path: "/",
    }),
    title: { absolute: HOME_TITLE },
  };
}

export default async function HomePage() {
  await connection();
  const [figures, countries, { programmes }] = await Promise.all([
    getHeadlineFigures(),
    listCountries(),
    listProgrammes(),
  ]);
  return (
    <>
      <HomeView figures={figures} countries={countries} programmes={programmes} />
      <EmbedCode path="/embed/map" title="EU-funded integration projects by country — Integration Atlas" height={640} />
    </>
  );
}
