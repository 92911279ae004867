import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { CountriesView } from "@/components/countries-view";
import { EmbedCode } from "@/components/embed/embed-code";
import { listCountries } from "@/lib/catalogue/countries";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/countries">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Countries" });
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("metaDescription"),
    path: "/countries",
  });
}

export default async function CountriesPage() {
  await connection();
  const t = await getTranslations("Home");
  return (
    <>
      <CountriesView countries={await listCountries()} />
      <EmbedCode path="/embed/map" title={t("embedTitle")} height={640} />
    </>
  );
}
