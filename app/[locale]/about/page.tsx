import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { connection } from "next/server";
import { AboutView } from "@/components/about-view";
import { getAboutData } from "@/lib/catalogue/about-data";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  return pageMetadata({
    locale: await pageLocale(params),
    title: "About the data",
    description: "The source documents, what was extracted from each, and every known data-quality issue.",
    path: "/about",
  });
}

export default async function AboutPage() {
  await connection();
  return <AboutView data={await getAboutData()} />;
}
