import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { DataDictionaryView } from "@/components/data-dictionary-view";
import { latestBulkFiles } from "@/lib/catalogue/bulk-files";
import { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/data-dictionary">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "DataDictionary" });
  return pageMetadata({
    locale,
    title: t("metaTitle"),
    description: t("metaDescription"),
    path: "/data-dictionary",
  });
}

export default async function DataDictionaryPage() {
  await connection();
  const [{ themes }, files] = await Promise.all([getHeadlineFigures(await getLocale()), latestBulkFiles()]);
  return <DataDictionaryView themes={themes} files={files} />;
}
