// URL search params of /organisations: q, country, role. Invalid values are dropped with a notice.
import { z } from "zod";
import { isIsoCountryCode } from "../format/countries";
import { PARTICIPATION_ROLES, type ParticipationRole } from "../rules/catalogue-rules";
import type { RawSearchParams } from "./project-filters";

export type OrganisationListFilters = {
  q: string | null;
  country: string | null;
  role: ParticipationRole | null;
  page: number;
};

/** The schema of each key of /organisations (and /api/v1/organisations). */
export const ORGANISATION_FILTER_SCHEMAS = {
  q: z.string().trim().min(1).max(200),
  country: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine(isIsoCountryCode),
  role: z.enum(PARTICIPATION_ROLES),
  page: z
    .string()
    .regex(/^\d{1,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1)),
};

export function parseOrganisationFilters(raw: RawSearchParams): {
  filters: OrganisationListFilters;
  notices: string[];
} {
  const params =
    raw instanceof URLSearchParams
      ? raw
      : new URLSearchParams(
          Object.entries(raw).flatMap(([k, v]) =>
            v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]),
          ),
        );
  const filters: OrganisationListFilters = { q: null, country: null, role: null, page: 1 };
  const notices: string[] = [];
  for (const key of params.keys())
    if (!(key in ORGANISATION_FILTER_SCHEMAS)) notices.push(`Ignored the unknown parameter “${key.slice(0, 40)}”.`);
  for (const key of ["q", "country", "role", "page"] as const) {
    const value = params.get(key);
    if (!value) continue;
    const parsed = ORGANISATION_FILTER_SCHEMAS[key].safeParse(value);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
    else notices.push(`Ignored ${key} “${value.slice(0, 40)}”: not a valid value.`);
  }
  return { filters, notices: [...new Set(notices)] };
}

/** Canonical query string of an organisation list view (page 1 omitted). */
export function organisationsSearch(f: OrganisationListFilters): string {
  const params = new URLSearchParams();
  if (f.country) params.set("country", f.country);
  if (f.role) params.set("role", f.role);
  if (f.q) params.set("q", f.q);
  if (f.page > 1) params.set("page", String(f.page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
