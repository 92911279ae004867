import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccessibilityStatement } from "@/components/accessibility-statement";
import { config } from "@/lib/config";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/accessibility">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  return pageMetadata({
    locale,
    title: t("metaTitle"),
    description: t("metaDescription"),
    path: "/accessibility",
  });
}

export default function AccessibilityPage() {
  return <AccessibilityStatement contact={config.REPORT_EMAIL} />;
}
