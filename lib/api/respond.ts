// JSON responses of the API: output parsed by its zod schema and one error shape. Caching headers come from the
// HTTP layer (lib/server/freshness.ts), as for every response.
import type { z } from "zod";
import { isConnectionError } from "../health/connection-error";
import { reportConnectionFailure } from "../health/database-health";
import { log } from "../log";

export function apiJson<T extends z.ZodType>(schema: T, data: z.input<T>, init: ResponseInit = {}): Response {
  const body = schema.parse(data);
  return Response.json(body, {
    ...init,
    headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*", ...init.headers },
  });
}

export function apiError(status: number, code: string, message: string, details?: string[]): Response {
  return Response.json(
    { error: { code, message, ...(details?.length ? { details } : {}) } },
    { status, headers: { "Content-Type": "application/json; charset=utf-8", "Access-Control-Allow-Origin": "*" } },
  );
}

/**
 * Runs a handler and turns failures into the API's error shape: 503 when the database is unreachable, else 500 —
 * with the request id, never a stack trace or SQL.
 */
export async function apiRoute(request: Request, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    const requestId = request.headers.get("x-atlas-request-id") ?? undefined;
    if (isConnectionError(error)) {
      reportConnectionFailure();
      return apiError(
        503,
        "unavailable",
        "The database is unavailable; retry shortly.",
        requestId ? [requestId] : undefined,
      );
    }
    log.error("api request failed", {
      requestId,
      path: new URL(request.url).pathname,
      error: error instanceof Error ? error.message : String(error),
    });
    return apiError(500, "internal", "Something went wrong on our side.", requestId ? [requestId] : undefined);
  }
}
