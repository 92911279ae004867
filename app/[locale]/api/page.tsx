import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ApiReference } from "@/components/api-reference";
import { openApiDocument } from "@/lib/api/openapi";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/api">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ApiReference" });
  return pageMetadata({
    locale,
    title: t("metaTitle"),
    description: t("metaDescription"),
    path: "/api",
  });
}

export default async function ApiPage() {
  await connection();
  return <ApiReference doc={openApiDocument()} />;
}
