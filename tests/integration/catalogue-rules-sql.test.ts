// The migrated SQL functions of the catalogue rules give what the TypeScript rules give, value by value: status at
// the edges of a period, budget bands at the edges of a band, and every participation role.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { budgetBandOf, BUDGET_BAND_EDGES, isLeadRole, statusOn } from "../../lib/rules/catalogue-rules";
import { cloneDatabase, queryAt } from "./database";

let url: string;
beforeAll(async () => {
  url = await cloneDatabase("empty");
});

const query = <T extends pg.QueryResultRow>(text: string, values: unknown[]) => queryAt<T>(url, text, values);

describe("the rule functions in PostgreSQL", () => {
  it("atlas_status agrees with statusOn for every combination of stated, past, present and future dates", async () => {
    const day = "2026-11-30";
    const dates = [null, "2020-01-01", "2026-11-29", "2026-11-30", "2026-12-01", "2030-12-31"];
    const cases = dates.flatMap((start) => dates.map((end) => ({ start, end })));
    const rows = await query<{ status: string }>(
      `SELECT public.atlas_status(s::date, e::date, $3::date) AS status FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(s, e, i) ORDER BY i`,
      [cases.map((c) => c.start), cases.map((c) => c.end), day],
    );
    expect(rows.map((r) => r.status)).toEqual(cases.map((c) => statusOn(c.start, c.end, day)));
  });

  it("atlas_budget_band agrees with budgetBandOf on both sides of every edge", async () => {
    const amounts = [null, 0, ...BUDGET_BAND_EDGES.flatMap((e) => [e - 1, e, e + 1]), 2_000_000_000];
    const rows = await query<{ band: string }>(
      `SELECT public.atlas_budget_band(a) AS band FROM unnest($1::bigint[]) WITH ORDINALITY AS x(a, i) ORDER BY i`,
      [amounts],
    );
    expect(rows.map((r) => r.band)).toEqual(amounts.map((a) => String(budgetBandOf(a))));
  });

  it("atlas_is_lead_role agrees with isLeadRole for every participation role", async () => {
    const rows = await query<{ role: string; lead: boolean }>(
      `SELECT r::text AS role, public.atlas_is_lead_role(r) AS lead FROM unnest(enum_range(NULL::"ParticipationRole")) AS r`,
      [],
    );
    expect(rows.length).toBeGreaterThan(3);
    for (const { role, lead } of rows) expect({ role, lead }).toEqual({ role, lead: isLeadRole(role) });
  });
});
