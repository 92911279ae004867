import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ProgrammesView } from "@/components/programmes-view";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/programmes">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Programmes" });
  return pageMetadata({
    locale,
    title: t("title"),
    description: t("metaDescription"),
    path: "/programmes",
  });
}

export default async function ProgrammesPage({ params }: PageProps<"/[locale]/programmes">) {
  await connection();
  return <ProgrammesView {...await listProgrammes(await pageLocale(params))} />;
}
