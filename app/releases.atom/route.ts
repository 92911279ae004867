import { connection } from "next/server";
import { releasesFeed } from "@/lib/feed/releases-atom";

export async function GET() {
  await connection();
  return new Response(await releasesFeed(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
