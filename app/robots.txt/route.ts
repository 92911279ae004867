import { connection } from "next/server";
import { absoluteUrl } from "@/lib/config";

// Served at request time so that the sitemap address follows SITE_URL as configured when the server starts.
export async function GET() {
  await connection();
  const body = ["User-agent: *", "Allow: /", "Disallow: /og/", "Disallow: /api/", `Sitemap: ${absoluteUrl("/sitemap.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
