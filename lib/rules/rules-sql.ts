// The SQL functions of the catalogue's rules (lib/rules/catalogue-rules.ts), written out as migration text. Both the
// plain SQL conditions and the bitmap index call these functions, so a rule's SQL is never written by hand; the
// latest migration holding the generated block must equal rulesSql() (tests/unit/catalogue-rules.test.ts), and a
// change of rule is a new migration written by `npm run db:rules-migration -- <name>`.
import {
  BUDGET_BAND_EDGES,
  LEAD_ROLES,
  PERIOD_RULES,
  SEARCH_WEIGHTS,
  STATUS_OTHERWISE,
  STATUS_RULES,
} from "./catalogue-rules";

export const RULES_BEGIN =
  "-- BEGIN generated from lib/rules/catalogue-rules.ts by lib/rules/rules-sql.ts (do not edit)";
export const RULES_END = "-- END generated";

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const day = { start: "start_day", end: "end_day" } as const;

function statusCase(): string {
  const whens = STATUS_RULES.map((rule) => {
    const date = day[rule.date];
    const test = rule.test === "stated" ? "" : ` AND ${date} ${rule.test === "before-day" ? "<" : ">"} on_day`;
    return `WHEN ${date} IS NOT NULL${test} THEN ${literal(rule.status)}`;
  });
  return `CASE ${whens.join(" ")} ELSE ${literal(STATUS_OTHERWISE)} END`;
}

const fn = (signature: string, returns: string, volatility: string, body: string) =>
  `CREATE OR REPLACE FUNCTION ${signature} RETURNS ${returns} LANGUAGE sql ${volatility} PARALLEL SAFE AS $$\n  SELECT ${body}\n$$;`;

/** The generated block, between RULES_BEGIN and RULES_END. */
export function rulesSql(): string {
  const weight = (w: string) => literal(w);
  return [
    RULES_BEGIN,
    "-- Status of a project as of on_day, from the first and last day its stated period can mean.",
    fn(`public.atlas_status(start_day date, end_day date, on_day date)`, "text", "IMMUTABLE", statusCase()),
    "-- Budget band of an amount: width_bucket over the band edges, 'none' when not stated.",
    fn(
      `public.atlas_budget_band(amount bigint)`,
      "text",
      "IMMUTABLE",
      `CASE WHEN amount IS NULL THEN 'none' ELSE width_bucket(amount, ARRAY[${BUDGET_BAND_EDGES.join(", ")}]::bigint[])::text END`,
    ),
    "-- Whether a participation's role makes it the lead partner.",
    fn(
      `public.atlas_is_lead_role(role public."ParticipationRole")`,
      "boolean",
      "IMMUTABLE",
      `role = ANY (ARRAY[${LEAD_ROLES.map(literal).join(", ")}]::public."ParticipationRole"[])`,
    ),
    '-- The days the period filters compare: the last day a project is active ("active from" year) and the first.',
    fn(
      `public.atlas_last_day(start_day date, end_day date)`,
      "date",
      "IMMUTABLE",
      `coalesce(${PERIOD_RULES.lastDay.map((d) => day[d]).join(", ")})`,
    ),
    fn(
      `public.atlas_first_day(start_day date, end_day date)`,
      "date",
      "IMMUTABLE",
      `coalesce(${PERIOD_RULES.firstDay.map((d) => day[d]).join(", ")})`,
    ),
    "-- The full-text index of a project: its title (acronym and title), the names around it, its own text, by weight.",
    fn(
      `public.atlas_search_vector(title text, names text, body text)`,
      "tsvector",
      "STABLE",
      [
        `setweight(to_tsvector('public.atlas', coalesce(title, '')), ${weight(SEARCH_WEIGHTS.title)})`,
        `setweight(to_tsvector('public.atlas', coalesce(names, '')), ${weight(SEARCH_WEIGHTS.names)})`,
        `setweight(to_tsvector('public.atlas', coalesce(body, '')), ${weight(SEARCH_WEIGHTS.text)})`,
      ].join("\n      || "),
    ),
    RULES_END,
  ].join("\n");
}

/** The generated block of a migration's SQL, or null when it has none. */
export function generatedBlockOf(sql: string): string | null {
  const start = sql.indexOf(RULES_BEGIN);
  const end = sql.indexOf(RULES_END, start);
  return start === -1 || end === -1 ? null : sql.slice(start, end + RULES_END.length);
}
