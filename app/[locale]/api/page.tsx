import { pageLocale } from "@/lib/i18n/page-locale";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ApiReference } from "@/components/api-reference";
import { openApiDocument } from "@/lib/api/openapi";
import { pageMetadata } from "@/lib/seo/page-metadata";

export async function generateMetadata({ params }: PageProps<"/[locale]/api">): Promise<Metadata> {
  return pageMetadata({
    locale: await pageLocale(params),
    title: "JSON API",
    description: "Reference of the read-only Integration Atlas API (OpenAPI 3.1).",
    path: "/api",
  });
}

export default async function ApiPage() {
  await connection();
  return <ApiReference doc={openApiDocument()} />;
}
