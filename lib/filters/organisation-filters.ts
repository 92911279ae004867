// URL search params of /organisations: q, country, role. Invalid values are dropped with a notice.
import { z } from "zod";
import type { OrganisationListFilters } from "../catalogue/organisations";
import { isIsoCountryCode } from "../format/countries";
import type { RawSearchParams } from "./project-filters";

const schemas = {
  q: z.string().trim().min(1).max(200),
  country: z.string().transform((s) => s.toUpperCase()).refine(isIsoCountryCode),
  role: z.enum(["lead", "coordinator", "promoter", "beneficiary", "partner", "associated"]),
};

export function parseOrganisationFilters(raw: RawSearchParams): { filters: OrganisationListFilters; notices: string[] } {
  const params = raw instanceof URLSearchParams ? raw : new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))));
  const filters: OrganisationListFilters = { q: null, country: null, role: null };
  const notices: string[] = [];
  for (const key of params.keys()) if (!(key in schemas)) notices.push(`Ignored the unknown parameter “${key.slice(0, 40)}”.`);
  for (const key of ["q", "country", "role"] as const) {
    const value = params.get(key);
    if (!value) continue;
    const parsed = schemas[key].safeParse(value);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
    else notices.push(`Ignored ${key} “${value.slice(0, 40)}”: not a valid value.`);
  }
  return { filters, notices: [...new Set(notices)] };
}
