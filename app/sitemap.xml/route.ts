import { connection } from "next/server";
import { sitemapIndex } from "@/lib/seo/sitemap";

export async function GET() {
  await connection();
  return new Response(await sitemapIndex(), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
