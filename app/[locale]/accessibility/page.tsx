import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { AccessibilityStatement } from "@/components/accessibility-statement";
import { config } from "@/lib/config";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/accessibility">): Promise<Metadata> {
  return pageMetadata({
    locale: await pageLocale(params),
    title: "Accessibility statement",
    description:
      "How accessible Integration Atlas is, how it was tested against WCAG 2.2 AA, and the problems we know of.",
    path: "/accessibility",
  });
}

export default function AccessibilityPage() {
  return <AccessibilityStatement contact={config.REPORT_EMAIL} />;
}
