// Server start-up: begin watching the database; and log every server error as one JSON line with its request id
// and digest (the reference the error page shows).
import type { Instrumentation } from "next";
import { isConnectionError } from "./lib/health/connection-error";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { startHealthMonitor } = await import("./lib/health/database-health");
    startHealthMonitor(process.env.DATABASE_URL);
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  // Our own id (set by lib/server/site-handler.ts); a client's id only as a separate, validated field.
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const err = error instanceof Error ? error : new Error(String(error));
  if (isConnectionError(err)) {
    const { reportConnectionFailure } = await import("./lib/health/database-health");
    reportConnectionFailure();
  }
  log.error("request failed", {
    requestId: first(request.headers["x-atlas-request-id"]),
    clientRequestId: first(request.headers["x-atlas-client-request-id"]),
    digest: "digest" in err ? err.digest : undefined,
    method: request.method,
    path: request.path,
    route: context.routePath,
    kind: context.routeType,
    error: err.message,
    stack: err.stack?.split("\n").slice(0, 8).join("\n"),
  });
};
