// Each catalogue rule is defined once (lib/rules/catalogue-rules.ts); SQL reads it through functions generated into
// a migration. These tests fail when the migrated SQL drifts from the TypeScript rules, and pin the rules themselves.
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../lib/db/migrate";
import { readFileSync } from "node:fs";
import { budgetBandOf, BUDGET_BANDS, isLeadRole, PARTICIPATION_ROLES, statusOn } from "../../lib/rules/catalogue-rules";
import { parsePrismaSchema } from "../prisma-schema";
import { generatedBlockOf, rulesSql } from "../../lib/rules/rules-sql";

describe("the SQL of the catalogue rules", () => {
  it("in the latest migration that defines it, is exactly what the TypeScript rules generate", async () => {
    const defining = (await readMigrations()).filter((m) => generatedBlockOf(m.sql) !== null);
    expect(defining.length).toBeGreaterThan(0);
    const latest = defining[defining.length - 1];
    expect(
      generatedBlockOf(latest.sql),
      `lib/rules/catalogue-rules.ts changed: run \`npm run db:rules-migration -- <name>\` to add a migration (${latest.name} is committed and stays as it is)`,
    ).toBe(rulesSql());
  });
});

describe("status as of a day", () => {
  it.each([
    ["2018-01-01", "2019-12-31", "2026-11-30", "completed"],
    ["2025-01-01", "2026-11-29", "2026-11-30", "completed"],
    ["2025-01-01", "2026-11-30", "2026-11-30", "ongoing"], // the last day is still a working day
    ["2026-11-30", "2027-12-31", "2026-11-30", "ongoing"],
    ["2026-12-01", "2027-12-31", "2026-11-30", "planned"],
    ["2026-12-01", null, "2026-11-30", "planned"],
    [null, "2027-01-31", "2026-11-30", "ongoing"],
    ["2020-01-01", null, "2026-11-30", "not-stated"], // started, but no end stated: the dates do not say
    [null, null, "2026-11-30", "not-stated"],
    ["2027-01-01", "2026-01-01", "2026-11-30", "completed"], // an end before the start: the end decides
  ] as const)("start %s, end %s, on %s: %s", (start, end, day, status) => {
    expect(statusOn(start, end, day)).toBe(status);
  });
});

describe("budget bands", () => {
  it.each([
    [null, "none"],
    [0, 0],
    [99_999, 0],
    [100_000, 1],
    [249_999, 1],
    [250_000, 2],
    [4_999_999, 5],
    [5_000_000, 6],
    [2_000_000_000, 6],
  ] as const)("%s is in band %s", (amount, band) => {
    expect(budgetBandOf(amount)).toBe(band);
  });
  it("each band starts where the previous one ends", () => {
    expect(BUDGET_BANDS.map((from) => budgetBandOf(from))).toEqual(BUDGET_BANDS.map((_, i) => i));
  });
});

describe("lead roles", () => {
  it("are named among the participation roles, which are exactly the schema's ParticipationRole enum", () => {
    const roles = parsePrismaSchema(readFileSync("prisma/schema.prisma", "utf8")).enums.find(
      (e) => e.name === "ParticipationRole",
    );
    expect(roles?.values).toEqual([...PARTICIPATION_ROLES]);
  });
  it.each([
    ["lead", true],
    ["coordinator", true],
    ["promoter", true],
    ["beneficiary", false],
    ["partner", false],
    ["associated", false],
  ] as const)("%s leads: %s", (role, leads) => {
    expect(isLeadRole(role)).toBe(leads);
  });
});
