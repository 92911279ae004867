// Plain-language description of a set of filters, for titles, previews and feeds.
import { countryName } from "../format/countries";
import { formatEuros } from "../format/money";
import type { ProjectFilters } from "./project-filters";

const humanise = (slug: string) => slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

export function describeFilters(f: ProjectFilters): { short: string[]; long: string } {
  const short: string[] = [];
  if (f.country.length) short.push(f.country.map((c) => countryName(c)).join(", "));
  if (f.programme.length) short.push(f.programme.map(humanise).join(", "));
  if (f.theme.length) short.push(f.theme.map(humanise).join(", "));
  if (f.group.length) short.push(f.group.map(humanise).join(", "));
  const parts: string[] = [];
  if (f.q) parts.push(`matching “${f.q}”`);
  if (f.role === "lead" && f.country.length) parts.push("led from the selected countries");
  if (f.status.length) parts.push(`status ${f.status.join(" or ")}`);
  const amount = f.amount === "grant" ? "contribution" : "budget";
  if (f.min !== null) parts.push(`${amount} from ${formatEuros(f.min)}`);
  if (f.max !== null) parts.push(`${amount} up to ${formatEuros(f.max)}`);
  if (f.from !== null || f.to !== null) parts.push(`active ${f.from ?? "…"}–${f.to ?? "…"}`);
  return { short, long: parts.join("; ") };
}
