import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SiteChrome } from "@/components/embed/site-chrome";
import { config } from "@/lib/config";
import { isRtl, LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { BRAND } from "@/lib/og/brand";
import { ogLocale, pagePreviewImage } from "@/lib/seo/page-metadata";
import "../globals.css";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  const name = t("name");
  return {
    metadataBase: new URL(config.SITE_URL),
    title: { default: name, template: `%s · ${name}` },
    description: t("description"),
    // Pages without their own tags (the 404 page) still preview with the site's card.
    openGraph: {
      type: "website",
      siteName: name,
      locale: ogLocale(locale),
      images: [{ url: pagePreviewImage("/", locale), width: 1200, height: 630, alt: name }],
    },
    twitter: { card: "summary_large_image", images: [pagePreviewImage("/", locale)] },
  };
}

export const viewport: Viewport = { themeColor: BRAND.brand };

// Nothing from the request but its address reaches the page: every visitor of a URL gets the same bytes
// (docs/decisions/003). The language is part of the address (/de/…), never guessed from headers.
export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  setRequestLocale(locale);
  // Rendered at request time, never at build: absolute URLs (canonical, previews) follow SITE_URL as the server runs.
  await connection();
  return (
    <html lang={locale} dir={isRtl(locale) ? "rtl" : "ltr"} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col bg-paper font-sans text-base text-ink antialiased">
        {/* Client components get only the language and the few messages they show (not the whole catalogue's). */}
        <NextIntlClientProvider
          locale={locale}
          messages={{
            Nav: MESSAGES[locale].Nav,
            Error: MESSAGES[locale].Error,
            Language: MESSAGES[locale].Language,
            // Only the finder's client islands (type-ahead, live count, "Updating results…", the option lists).
            Filters: {
              client: MESSAGES[locale].Filters.client,
              showAll: MESSAGES[locale].Filters.showAll,
              otherOptions: MESSAGES[locale].Filters.otherOptions,
              optionCount: MESSAGES[locale].Filters.optionCount,
            },
          }}
        >
          <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
            {children}
          </SiteChrome>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
