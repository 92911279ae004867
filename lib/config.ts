// Site configuration from the environment. Absolute URLs are built from SITE_URL only — never from request headers.
import { z } from "zod";

const configSchema = z.object({
  SITE_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((u) => u.replace(/\/+$/, "")),
  REPORT_EMAIL: z.email().default("corrections@integration-atlas.example"),
});

const parsed = configSchema.safeParse({
  SITE_URL: process.env.SITE_URL || undefined,
  REPORT_EMAIL: process.env.REPORT_EMAIL || undefined,
});
if (!parsed.success)
  throw new Error(
    `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
  );

export const config = parsed.data;

/** Absolute URL on the configured origin, e.g. absoluteUrl("/projects/arc"). */
export function absoluteUrl(pathAndQuery: string): string {
  return `${config.SITE_URL}${pathAndQuery.startsWith("/") ? "" : "/"}${pathAndQuery}`;
}
