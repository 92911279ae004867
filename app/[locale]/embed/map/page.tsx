import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { EmbedMap } from "@/components/embed/embed-map";
import { EmbedSource } from "@/components/embed/embed-source";
import { listCountries } from "@/lib/catalogue/countries";
import { pageLocale } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/embed/map">): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed.map" });
  return { title: t("metaTitle") };
}

export default async function EmbedMapPage({ params }: PageProps<"/[locale]/embed/map">) {
  await connection();
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "Embed.map" });
  const countries = await listCountries();
  return (
    <>
      <h1 className="text-lg font-bold">{t("heading")}</h1>
      <EmbedMap countries={countries} />
      <EmbedSource path="/countries" label={t("source")} />
    </>
  );
}
