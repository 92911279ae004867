// JSON responses of the API: output parsed by its zod schema, CDN-friendly caching, and one error shape.
import type { z } from "zod";

/** Data changes only when content is re-seeded: let CDNs keep responses briefly and serve stale while refreshing. */
export const CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

export function apiJson<T extends z.ZodType>(schema: T, data: z.input<T>, init: ResponseInit = {}): Response {
  const body = schema.parse(data);
  return Response.json(body, {
    ...init,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": CACHE_CONTROL, "Access-Control-Allow-Origin": "*", ...init.headers },
  });
}

export function apiError(status: number, code: string, message: string, details?: string[]): Response {
  return Response.json(
    { error: { code, message, ...(details?.length ? { details } : {}) } },
    { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } },
  );
}
