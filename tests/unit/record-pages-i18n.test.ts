// The words of the record pages, home and compare that lib/ code builds, in each language.
import { describe, expect, it } from "vitest";
import { fieldLabel } from "../../lib/content/field-labels";
import { parseCompareParams } from "../../lib/filters/compare-params";
import { cofinancingRate, formatCount, formatPercent } from "../../lib/format/money";
import { roleLabel, statusLabel } from "../../lib/format/status";
import { LOCALES } from "../../lib/i18n/locales";
import { translator } from "../../lib/i18n/messages";

describe("record-page words in other languages", () => {
  it("a percentage stays a percentage after a count was formatted in the same language", () => {
    expect(formatCount(1234, "de")).toBe("1.234");
    expect(formatPercent(cofinancingRate(169956, 127467)!, "de")).toBe("75,0\u00a0%");
  });

  it("names roles and statuses in the reader's language, English unchanged", () => {
    expect(roleLabel("lead")).toBe("Lead partner");
    expect(roleLabel("lead", "fr")).toBe("Chef de file");
    expect(statusLabel("planned")).toBe("Not yet started");
    expect(statusLabel("ongoing", "uk")).toBe("Триває");
  });

  it("reads a flag's field path in the reader's language, with the list position", () => {
    expect(fieldLabel("partners[4].nameAsStated")).toBe("Partner name as printed (partner 5)");
    expect(fieldLabel("partners[4].nameAsStated", "de")).toBe("Partnername wie gedruckt (Partner 5)");
    expect(fieldLabel("events[4].agenda[1].title", "it")).toBe(
      "Titolo del punto del programma (evento 5, punto del programma 2)",
    );
  });

  it("explains an unusable comparison address in the reader's language", () => {
    const { notices } = parseCompareParams({ projects: "arc,arc", countries: "at" }, "de");
    expect(notices).toContain("Nur Projekte verglichen: eine Art von Einträgen auf einmal (Länder ignoriert).");
    expect(notices).toContain("“arc” einmal aufgeführt: es wurde zweimal angegeben.");
  });

  it.each(LOCALES)("counts with the plural forms of %s", (locale) => {
    const t = translator(locale, "Home");
    for (const n of [0, 1, 2, 3, 5, 11, 21, 100]) expect(t("projects", { count: n })).toMatch(/\S/);
  });

  it("uses Arabic and Ukrainian plural forms", () => {
    expect(translator("ar", "Home")("projects", { count: 2 })).toBe("مشروعان");
    expect(translator("ar", "Home")("projects", { count: 5 })).toBe("5 مشاريع");
    expect(translator("uk", "Home")("projects", { count: 5 })).toBe("5 проєктів");
    expect(translator("uk", "Home")("projects", { count: 22 })).toBe("22 проєкти");
  });
});
