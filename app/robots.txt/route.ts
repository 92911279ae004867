import { connection } from "next/server";
import { absoluteUrl } from "@/lib/config";

// Served at request time so that the sitemap address follows SITE_URL as configured when the server starts.
// /og/ stays open: link previews are fetched by crawlers (Slack, Mastodon, search engines) that obey robots.txt.
export async function GET() {
  await connection();
  const body = [
    "User-agent: *",
    "Allow: /",
    "Allow: /og/",
    "Disallow: /api/",
    `Sitemap: ${absoluteUrl("/sitemap.xml")}`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
