import type { Metadata } from "next";
import { connection } from "next/server";
import { DataDictionaryView } from "@/components/data-dictionary-view";
import { getHeadlineFigures } from "@/lib/catalogue/headline-figures";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Data dictionary",
  description: "Every column of the project export (CSV and JSON) and what it means.",
  path: "/data-dictionary",
});

export default async function DataDictionaryPage() {
  await connection();
  const { themes } = await getHeadlineFigures();
  return <DataDictionaryView themes={themes} />;
}
