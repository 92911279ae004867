// Runs before every page, API and export request: a fresh CSP nonce and request id, the security headers, and a
// quick 503 while the database is known to be down.
import { NextResponse, type NextRequest } from "next/server";
import { databaseIsUp } from "./lib/health/database-health";
import { unavailablePage } from "./lib/health/unavailable-page";
import { plausibleRequestId } from "./lib/log";
import { contentSecurityPolicy, isHttps, staticSecurityHeaders } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const incomingId = request.headers.get("x-request-id");
  const requestId = plausibleRequestId(incomingId) ? incomingId : crypto.randomUUID();
  const https = isHttps(request.nextUrl, request.headers.get("x-forwarded-proto"));
  const csp = contentSecurityPolicy(nonce, https);
  const headers = { ...staticSecurityHeaders(https), "Content-Security-Policy": csp, "X-Request-Id": requestId };

  const path = request.nextUrl.pathname;
  const api = path.startsWith("/api/");
  const reject = (status: number, message: string, extra: Record<string, string> = {}) =>
    new NextResponse(api ? JSON.stringify({ error: { code: status === 405 ? "method_not_allowed" : "bad_request", message } }) : `${message}\n`, {
      status,
      headers: { ...headers, "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra },
    });

  // The catalogue is read-only: no page or export accepts anything but GET and HEAD.
  if (request.method !== "GET" && request.method !== "HEAD") return reject(405, "Method not allowed.", { Allow: "GET, HEAD" });
  try {
    decodeURIComponent(path);
  } catch {
    return reject(400, "The address contains an invalid percent-encoding.");
  }
  // Record addresses are lower case; /projects/ARC leads to /projects/arc.
  if (/^\/(projects|organisations|programmes|countries)\/[^/]*[A-Z]/.test(path) && !/%/.test(path)) {
    const url = request.nextUrl.clone();
    url.pathname = path.toLowerCase();
    const response = NextResponse.redirect(url, 308);
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  }

  if (!databaseIsUp() && path !== "/healthz") {
    const body = api
      ? JSON.stringify({ error: { code: "unavailable", message: "The database is unavailable; retry shortly.", details: [requestId] } })
      : unavailablePage(nonce, requestId);
    return new NextResponse(body, {
      status: 503,
      headers: { ...headers, "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
    });
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but build assets, which get their headers from next.config.js.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
