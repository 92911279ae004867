import { connection } from "next/server";
import { notFoundResponse, prefixedLocale } from "@/lib/feed/prefixed-locale";
import { releasesFeed } from "@/lib/feed/releases-atom";

// /de/releases.atom, …: the feed of app/releases.atom in the address's language.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/releases.atom">) {
  await connection();
  const locale = await prefixedLocale(params);
  if (!locale) return notFoundResponse();
  return new Response(await releasesFeed(20, locale), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
