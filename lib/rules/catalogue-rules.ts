// The catalogue's rules, each defined once: project status, budget bands, lead-partner roles, search weights and the
// period a project is active in. TypeScript reads them here; SQL reads them through the functions that
// lib/rules/rules-sql.ts generates from them into a migration (tests/unit/catalogue-rules.test.ts keeps the two equal).
// Pure data and pure functions: every folder may import this one, and it imports nothing.

export const STATUSES = ["ongoing", "completed", "planned", "not-stated"] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Status as of a day, from the first and last day a project's stated period can mean: the first rule that holds
 * gives the status; when none holds, the dates do not say ("not-stated").
 */
export const STATUS_RULES = [
  { status: "completed", date: "end", test: "before-day" },
  { status: "planned", date: "start", test: "after-day" },
  { status: "ongoing", date: "end", test: "stated" },
] as const satisfies readonly { status: Status; date: "start" | "end"; test: "before-day" | "after-day" | "stated" }[];
export const STATUS_OTHERWISE: Status = "not-stated";

/** A day as YYYY-MM-DD (UTC); such strings compare in date order. */
export type IsoDay = string;

/** `start`, `end`: the first and last day the stated period can mean (null when not stated); `day`: "today". */
export function statusOn(start: IsoDay | null, end: IsoDay | null, day: IsoDay): Status {
  const dates = { start, end };
  for (const rule of STATUS_RULES) {
    const date = dates[rule.date];
    if (date === null) continue;
    if (rule.test === "stated" || (rule.test === "before-day" ? date < day : date > day)) return rule.status;
  }
  return STATUS_OTHERWISE;
}

/**
 * Budget bands of the histogram, in whole euros: band 0 is below the first edge, band i runs from edge i-1 up to
 * (not including) edge i, the last band is open-ended — PostgreSQL's width_bucket over the same edges.
 */
export const BUDGET_BAND_EDGES = [100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000] as const;
/** Where each band starts (band 0 from 0). */
export const BUDGET_BANDS = [0, ...BUDGET_BAND_EDGES] as const;

/** The band of an amount, or "none" when the amount is not stated. */
export function budgetBandOf(amount: number | null): number | "none" {
  if (amount === null) return "none";
  return BUDGET_BAND_EDGES.filter((edge) => amount >= edge).length;
}

/** The roles a partner can hold in a project, as the sources name them (the ParticipationRole enum of schema.prisma). */
export const PARTICIPATION_ROLES = ["lead", "coordinator", "promoter", "beneficiary", "partner", "associated"] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/** The roles that make a partner the one leading a project (its country is the "led from" country). */
export const LEAD_ROLES = ["lead", "coordinator", "promoter"] as const satisfies readonly ParticipationRole[];
export type LeadRole = (typeof LEAD_ROLES)[number];

export function isLeadRole(role: string): role is LeadRole {
  return (LEAD_ROLES as readonly string[]).includes(role);
}

/**
 * What the full-text index holds, by weight: a search word in the title ranks above one in a name (organisation,
 * region, country, theme, target group), which ranks above one in the summary and description. Relevance reads
 * the title tier (A) and the title-or-names tier (A and B) from the index (word_bitmap).
 */
export const SEARCH_WEIGHTS = { title: "A", names: "B", text: "C" } as const;

/**
 * The "active from" and "active to" year filters: a project is active in or after year Y when the last day of its
 * period (or, with no end stated, its first day) falls in Y or later; in or before Y when its first day (or, with no
 * start stated, its last day) falls in Y or earlier.
 */
export const PERIOD_RULES = {
  lastDay: ["end", "start"],
  firstDay: ["start", "end"],
} as const;
