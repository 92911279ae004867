// Runs inside Next.js before every page, API and export request: the read-only method rule, malformed and
// upper-case addresses, the security headers with a CSP that allows no inline script (the HTTP layer,
// lib/server/site-handler.ts, replaces it on pages by one listing the page's own inline scripts by hash), and a quick
// 503 while the database is known to be down. Nothing here depends on what a client sends beyond method and path.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { databaseIsUp } from "./lib/health/database-health";
import { unavailableBody } from "./lib/health/unavailable-page";
import { isLocalisedPath } from "./lib/i18n/paths";
import { routing } from "./lib/i18n/routing";
import { plausibleRequestId } from "./lib/log";
import { contentSecurityPolicy, isEmbeddablePath, staticSecurityHeaders } from "./lib/security/headers";

// Pages in a language: /projects is served by app/[locale] as English, /de/projects as German; /en/… redirects.
const languages = createMiddleware(routing);

export function proxy(request: NextRequest) {
  // Set by the HTTP layer after it dropped any client's copy; generated here when Next runs without it.
  const given = request.headers.get("x-atlas-request-id");
  const requestId = plausibleRequestId(given) ? given : crypto.randomUUID();
  const path = request.nextUrl.pathname;
  const embeddable = isEmbeddablePath(path);
  const headers: Record<string, string> = {
    ...staticSecurityHeaders({ embeddable }),
    "Content-Security-Policy": contentSecurityPolicy(undefined, {
      dev: process.env.NODE_ENV === "development",
      embeddable,
    }),
  };

  const api = path.startsWith("/api/");
  const reject = (status: number, message: string, extra: Record<string, string> = {}) =>
    new NextResponse(
      api
        ? JSON.stringify({ error: { code: status === 405 ? "method_not_allowed" : "bad_request", message } })
        : `${message}\n`,
      {
        status,
        headers: {
          ...headers,
          "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          ...extra,
        },
      },
    );

  // The catalogue is read-only: no page or export accepts anything but GET and HEAD.
  if (request.method !== "GET" && request.method !== "HEAD")
    return reject(405, "Method not allowed.", { Allow: "GET, HEAD" });
  try {
    decodeURIComponent(path);
  } catch {
    return reject(400, "The address contains an invalid percent-encoding.");
  }
  // Record addresses are lower case; /projects/ARC leads to /projects/arc (Next makes the Location relative; the
  // HTTP layer gives Next the configured host, never a client's).
  if (/^(?:\/[a-z]{2})?\/(projects|organisations|programmes|countries)\/[^/]*[A-Z]/.test(path) && !/%/.test(path)) {
    const url = request.nextUrl.clone();
    url.pathname = path.toLowerCase();
    const response = NextResponse.redirect(url, 308);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }

  if (!databaseIsUp() && path !== "/healthz") {
    const { body, type, hashes } = unavailableBody(api, requestId);
    return new NextResponse(body, {
      status: 503,
      headers: {
        ...headers,
        "Content-Security-Policy": contentSecurityPolicy(hashes, { embeddable }),
        "Content-Type": type,
        "Retry-After": "5",
        "Cache-Control": "no-store",
      },
    });
  }

  const response = isLocalisedPath(path) ? languages(request) : NextResponse.next();
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets, which get their headers from next.config.js.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
