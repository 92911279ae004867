// Security headers of every response. They depend on nothing a client sends: HTTPS comes from SITE_URL, and the
// page CSP allows exactly the inline scripts and styles of that page by their SHA-256 hashes (computed once when the
// response is produced, lib/server/inline-hashes.ts), so every visitor of a URL gets the same policy.
import { config } from "../config";
import { splitLocale } from "../i18n/paths";

export type InlineHashes = { scripts: string[]; styles: string[] };

const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

/**
 * Only the embeds under /embed/ (and /de/embed/… in the other languages) may be shown in another site's frame (frame-ancestors *, no X-Frame-Options); every
 * other response keeps frame-ancestors 'none' against clickjacking. Decided by path alone, so it is the same for all.
 */
export const isEmbeddablePath = (path: string): boolean => {
  const page = splitLocale(path).path;
  return page === "/embed" || page.startsWith("/embed/");
};

/** Whether the public origin is HTTPS: then HSTS and upgrade-insecure-requests are sent. */
export const siteIsHttps = (): boolean => config.SITE_URL.startsWith("https:");

/**
 * The policy of a response. Scripts: our own files ('self') and the inline scripts whose hashes are listed — never
 * 'unsafe-inline', so an injected inline script cannot run. `dev` adds what `next dev` needs (eval for React's
 * debugging, websockets for hot reload).
 */
export function contentSecurityPolicy(
  inline: InlineHashes = NO_INLINE,
  options: { dev?: boolean; embeddable?: boolean } = {},
): string {
  const quoted = (hashes: string[]) => hashes.map((h) => ` 'sha256-${h}'`).join("");
  return [
    "default-src 'self'",
    `script-src 'self'${quoted(inline.scripts)}${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${quoted(inline.styles)}`,
    // Inline style attributes only (bar widths, indents); scripts never get 'unsafe-inline'.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    options.embeddable ? "frame-ancestors *" : "frame-ancestors 'none'",
    ...(siteIsHttps() ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers that are the same on every response: pages, API, exports and assets alike. */
export function staticSecurityHeaders(options: { embeddable?: boolean } = {}): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy":
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.embeddable ? {} : { "X-Frame-Options": "DENY" }),
    ...(siteIsHttps() ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
