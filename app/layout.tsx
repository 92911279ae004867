import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SiteChrome } from "@/components/embed/site-chrome";
import { config } from "@/lib/config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(config.SITE_URL),
  title: { default: "Integration Atlas", template: "%s · Integration Atlas" },
  description:
    "A sourced catalogue of EU-funded projects that help migrants, refugees and minorities integrate: budgets, partners, countries and results.",
};

// Nothing from the request reaches the page: every visitor of a URL gets the same bytes (docs/decisions/003).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>{children}</SiteChrome>
      </body>
    </html>
  );
}
