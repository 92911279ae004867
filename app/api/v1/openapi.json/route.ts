import { connection } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { CACHE_CONTROL } from "@/lib/api/respond";

export async function GET() {
  await connection();
  return Response.json(openApiDocument(), { headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_CONTROL, "Access-Control-Allow-Origin": "*" } });
}
