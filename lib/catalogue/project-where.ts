// The SQL conditions of a set of project filters, as composable Prisma.sql fragments (never string concatenation).
import { Prisma } from "../db/generated/client";
import type { ProjectFilters } from "../filters/project-filters";
import type { IsoDay, Status } from "../rules/catalogue-rules";
import { catalogueDay } from "./catalogue-day";
import { parseSearch } from "./search-query";
import { translatedTsquery } from "./search-lang";

export type FacetName = "country" | "programme" | "theme" | "group" | "status" | "budget";

export function amountColumn(filters: Pick<ProjectFilters, "amount">): Prisma.Sql {
  return filters.amount === "grant" ? Prisma.sql`p.grant_amount` : Prisma.sql`p.total_budget`;
}

/** Status of project `p` as of `day` (the rule's SQL function, lib/rules/catalogue-rules.ts), to filter and to count. */
export function statusSql(day: IsoDay): Prisma.Sql {
  return Prisma.sql`public.atlas_status(p.start_date, p.end_date, ${day}::date)`;
}

export function tsqueryOf(filters: Pick<ProjectFilters, "q">): string | null {
  return filters.q ? parseSearch(filters.q).tsquery : null;
}

/**
 * WHERE conditions for `filters`, leaving out the facet named in `omit` (facet counts use the other filters only).
 * `programmeIds` are the selected programmes expanded to their descendants; status is as of `day`.
 */
export function projectConditions(
  filters: ProjectFilters,
  programmeIds: number[],
  omit?: FacetName,
  day: IsoDay = catalogueDay(),
): Prisma.Sql {
  const parts = conditionParts(filters, programmeIds, omit, day);
  return parts.length ? Prisma.sql`${Prisma.join(parts, " AND ")}` : Prisma.sql`TRUE`;
}

/** True when no filter applies (besides the omitted facet): whole-catalogue figures can be read from the baselines. */
export function isUnfiltered(filters: ProjectFilters, omit?: FacetName): boolean {
  return conditionParts(filters, [], omit, catalogueDay()).length === 0;
}

function conditionParts(
  filters: ProjectFilters,
  programmeIds: number[],
  omit: FacetName | undefined,
  day: IsoDay,
): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.country.length && omit !== "country") {
    parts.push(
      filters.role === "lead"
        ? Prisma.sql`EXISTS (SELECT 1 FROM participation pa WHERE pa.project_id = p.id AND public.atlas_is_lead_role(pa.role) AND pa.country_code IN (${Prisma.join(filters.country)}))`
        : Prisma.sql`EXISTS (SELECT 1 FROM project_country pc WHERE pc.project_id = p.id AND pc.country_code IN (${Prisma.join(filters.country)}))`,
    );
  }
  if (filters.programme.length && omit !== "programme") {
    parts.push(programmeIds.length ? Prisma.sql`p.programme_id IN (${Prisma.join(programmeIds)})` : Prisma.sql`FALSE`);
  }
  if (filters.theme.length && omit !== "theme") {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM project_theme pt JOIN theme t ON t.id = pt.theme_id WHERE pt.project_id = p.id AND t.slug IN (${Prisma.join(filters.theme)}))`,
    );
  }
  if (filters.group.length && omit !== "group") {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM project_target_group pg JOIN target_group g ON g.id = pg.target_group_id WHERE pg.project_id = p.id AND g.slug IN (${Prisma.join(filters.group)}))`,
    );
  }
  if (filters.status.length && omit !== "status") {
    parts.push(Prisma.sql`${statusSql(day)} IN (${Prisma.join(filters.status satisfies Status[])})`);
  }
  if (omit !== "budget") {
    const column = amountColumn(filters);
    if (filters.min !== null) parts.push(Prisma.sql`${column} >= ${filters.min}`);
    if (filters.max !== null) parts.push(Prisma.sql`${column} <= ${filters.max}`);
  }
  if (filters.from !== null) {
    parts.push(Prisma.sql`public.atlas_last_day(p.start_date, p.end_date) >= make_date(${filters.from}::int, 1, 1)`);
  }
  if (filters.to !== null) {
    parts.push(Prisma.sql`public.atlas_first_day(p.start_date, p.end_date) <= make_date(${filters.to}::int, 12, 31)`);
  }
  const tsquery = tsqueryOf(filters);
  if (filters.q && filters.lang !== "en") {
    // A search in another language: each word read as English or in that language (lib/catalogue/search-lang.ts).
    const translated = translatedTsquery(filters.q, filters.lang);
    parts.push(translated ? Prisma.sql`p.search_vector @@ (SELECT ${translated})` : Prisma.sql`FALSE`);
  } else if (filters.q) {
    parts.push(tsquery ? Prisma.sql`p.search_vector @@ (SELECT to_tsquery('atlas', ${tsquery}))` : Prisma.sql`FALSE`);
  }
  return parts;
}
