import { sitemapPart } from "@/lib/seo/sitemap";

export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[part]">) {
  const name = (await params).part.match(/^([a-z]+(?:-\d{1,4})?)\.xml$/)?.[1];
  const xml = name ? await sitemapPart(name) : null;
  if (!xml)
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
