import type { Metadata } from "next";
import { AccessibilityStatement } from "@/components/accessibility-statement";
import { config } from "@/lib/config";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Accessibility statement",
  description:
    "How accessible Integration Atlas is, how it was tested against WCAG 2.2 AA, and the problems we know of.",
  path: "/accessibility",
});

export default function AccessibilityPage() {
  return <AccessibilityStatement contact={config.REPORT_EMAIL} />;
}
