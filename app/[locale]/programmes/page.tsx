import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ProgrammesView } from "@/components/programmes-view";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/programmes">): Promise<Metadata> {
  return pageMetadata({
    locale: await pageLocale(params),
    title: "Programmes and funds",
    description: "The funds and programmes behind the catalogued projects, with project counts and budgets.",
    path: "/programmes",
  });
}

export default async function ProgrammesPage() {
  await connection();
  return <ProgrammesView {...await listProgrammes()} />;
}
