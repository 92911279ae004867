import type { Metadata } from "next";
import { connection } from "next/server";
import { ProgrammesView } from "@/components/programmes-view";
import { listProgrammes } from "@/lib/catalogue/programmes";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Programmes and funds",
  description: "The funds and programmes behind the catalogued projects, with project counts and budgets.",
  path: "/programmes",
});

export default async function ProgrammesPage() {
  await connection();
  return <ProgrammesView {...await listProgrammes()} />;
}
