import { getLocale, getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { HomeView } from "@/components/home-view";
import { EmbedCode } from "@/components/embed/embed-code";
import { listCountries } from "@/lib/catalogue/countries";
import { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  return {
    ...pageMetadata({ locale, title: t("metaTitle"), description: t("metaDescription"), path: "/" }),
    title: { absolute: t("metaTitle") },
  };
}

export default async function HomePage() {
  await connection();
  const t = await getTranslations("Home");
  const [figures, countries, { programmes }] = await Promise.all([
    getHeadlineFigures(await getLocale()),
    listCountries(),
    listProgrammes(await getLocale()),
  ]);
  return (
    <>
      <HomeView figures={figures} countries={countries} programmes={programmes} />
      <EmbedCode path="/embed/map" title={t("embedTitle")} height={640} />
    </>
  );
}
