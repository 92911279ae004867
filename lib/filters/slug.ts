// Route slugs: parsed by zod like every other input; anything else is simply "not found".
import { z } from "zod";

const slugSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export function parseSlug(raw: string): string | null {
  const parsed = slugSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
