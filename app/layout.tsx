import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { config } from "@/lib/config";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(config.SITE_URL),
  title: { default: "Integration Atlas", template: "%s · Integration Atlas" },
  description:
    "A sourced catalogue of EU-funded projects that help migrants, refugees and minorities integrate: budgets, partners, countries and results.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Shown by the error page, so that a person's report can be matched to the server log.
  const requestId = (await headers()).get("x-request-id") ?? "";
  return (
    <html lang="en">
      <head>
        <meta name="atlas-request-id" content={requestId} />
      </head>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
