// A release id in a URL (/releases/<id>, /api/v1/releases/<id>): digits only, no leading zero, within PostgreSQL's
// integer range. Anything else is simply "not found".
import { z } from "zod";

const releaseIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));

export function parseReleaseId(raw: string): number | null {
  const parsed = releaseIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
