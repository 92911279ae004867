import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { connection } from "next/server";
import { AboutView } from "@/components/about-view";
import { getAboutData } from "@/lib/catalogue/about-data";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata({
    locale,
    title: t("metaTitle"),
    description: t("metaDescription"),
    path: "/about",
  });
}

export default async function AboutPage() {
  await connection();
  return <AboutView data={await getAboutData()} />;
}
