import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SiteChrome } from "@/components/embed/site-chrome";
import { config } from "@/lib/config";
import { BRAND } from "@/lib/og/brand";
import { pagePreviewImage } from "@/lib/seo/page-metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(config.SITE_URL),
  title: { default: "Integration Atlas", template: "%s · Integration Atlas" },
  description:
    "A sourced catalogue of EU-funded projects that help migrants, refugees and minorities integrate: budgets, partners, countries and results.",
  // Pages without their own tags (the 404 page) still preview with the site's card.
  openGraph: {
    type: "website",
    siteName: "Integration Atlas",
    locale: "en_GB",
    images: [{ url: pagePreviewImage("/"), width: 1200, height: 630, alt: "Integration Atlas" }],
  },
  twitter: { card: "summary_large_image", images: [pagePreviewImage("/")] },
};

export const viewport: Viewport = { themeColor: BRAND.brand };

// Nothing from the request reaches the page: every visitor of a URL gets the same bytes (docs/decisions/003).
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered at request time, never at build: absolute URLs (canonical, previews) follow SITE_URL as the server runs.
  await connection();
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col bg-paper font-sans text-base text-ink antialiased">
        <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
