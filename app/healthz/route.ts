import { connection } from "next/server";
import { databaseHealth } from "@/lib/health/database-health";

export async function GET() {
  await connection();
  const db = databaseHealth();
  return Response.json(
    {
      status: db.up ? "ok" : "degraded",
      database: { status: db.up ? "up" : "down", since: db.since, checkedAt: db.checkedAt },
    },
    {
      status: db.up ? 200 : 503,
      headers: { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" },
    },
  );
}
