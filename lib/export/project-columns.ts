// The columns of the project export: key, header, meaning (the data dictionary) and value. One place for all three.
import type { ProjectExportRow } from "../catalogue/export-rows";
import { absoluteUrl } from "../config";
import { cofinancingRate } from "../format/money";
import { projectStatus } from "../format/status";
import { isLeadRole } from "../rules/catalogue-rules";

export type { ProjectExportRow };

type Cell = string | number | null;
export type Column = { key: string; header: string; description: string; value: (p: ProjectExportRow) => Cell };

const lead = (p: ProjectExportRow) => p.participations.find((x) => isLeadRole(x.role));
const list = (values: string[]) => values.join("; ");

export const PROJECT_COLUMNS: Column[] = [
  {
    key: "slug",
    header: "slug",
    description: "Stable identifier of the project in the catalogue and in its URL.",
    value: (p) => p.slug,
  },
  {
    key: "acronym",
    header: "acronym",
    description: "Acronym as the source prints it; empty when none is given.",
    value: (p) => p.acronym,
  },
  {
    key: "title",
    header: "title",
    description: "Full title as the source prints it (or ours, when the source gives none; see the project page).",
    value: (p) => p.title,
  },
  {
    key: "programme",
    header: "programme",
    description: "Most specific fund or programme the source names; empty when not stated.",
    value: (p) => p.programme?.name ?? null,
  },
  {
    key: "funder",
    header: "funder",
    description: "EU for EU funds (Interreg, AMIF); EEA for EEA Grants (Iceland, Liechtenstein, Norway).",
    value: (p) => p.programme?.funder ?? null,
  },
  {
    key: "start",
    header: "start",
    description: "Start as stated, keeping its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
    value: (p) => p.startText,
  },
  {
    key: "end",
    header: "end",
    description: "End as stated, keeping its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
    value: (p) => p.endText,
  },
  {
    key: "status",
    header: "status",
    description: "ongoing, completed, planned or not-stated, computed from the dates on the day of the export.",
    value: (p) => projectStatus(p.startDate, p.endDate),
  },
  {
    key: "total_budget_eur",
    header: "total_budget_eur",
    description: "Total budget in whole euros; empty when not stated.",
    value: (p) => p.totalBudget,
  },
  {
    key: "grant_eur",
    header: "grant_eur",
    description: "Contribution of the funder (EU or EEA Grants) in whole euros; empty when not stated.",
    value: (p) => p.grantAmount,
  },
  {
    key: "cofinancing_rate",
    header: "cofinancing_rate",
    description: "grant_eur divided by total_budget_eur, to four decimals; empty when either is not stated.",
    value: (p) => {
      const r = cofinancingRate(p.totalBudget, p.grantAmount);
      return r === null ? null : Number(r.toFixed(4));
    },
  },
  {
    key: "countries",
    header: "countries",
    description: "ISO 3166-1 alpha-2 codes of the project area, separated by “; ”.",
    value: (p) => list(p.countries.map((c) => c.countryCode)),
  },
  {
    key: "regions",
    header: "regions",
    description: "Regions as named by the source, each with its country code: “Pirkanmaa (FI); …”.",
    value: (p) => list(p.regions.map((r) => `${r.region.name} (${r.region.countryCode})`)),
  },
  {
    key: "lead_partner",
    header: "lead_partner",
    description: "Lead partner, coordinator or promoter, as the source names it.",
    value: (p) => lead(p)?.nameAsStated ?? null,
  },
  {
    key: "lead_country",
    header: "lead_country",
    description: "ISO code of the lead partner's country as printed.",
    value: (p) => lead(p)?.countryCode ?? null,
  },
  {
    key: "partner_count",
    header: "partner_count",
    description: "Number of partner organisations listed by the source.",
    value: (p) => p.participations.length,
  },
  {
    key: "stated_partner_count",
    header: "stated_partner_count",
    description: "Number of partners the source states (may differ from the list; see data-quality flags).",
    value: (p) => p.statedPartnerCount,
  },
  {
    key: "partners",
    header: "partners",
    description: "All partners in source order: “name [role, country]; …”.",
    value: (p) =>
      list(p.participations.map((x) => `${x.nameAsStated} [${x.role}${x.countryCode ? `, ${x.countryCode}` : ""}]`)),
  },
  {
    key: "themes",
    header: "themes",
    description: "Editorial theme slugs (listed with their names under “Themes” below), separated by “; ”.",
    value: (p) => list(p.themes.map((t) => t.theme.slug)),
  },
  {
    key: "target_groups",
    header: "target_groups",
    description: "Editorial target-group slugs, separated by “; ”.",
    value: (p) => list(p.targetGroups.map((t) => t.targetGroup.slug)),
  },
  {
    key: "summary",
    header: "summary",
    description: "One-paragraph summary in our own words.",
    value: (p) => p.summary,
  },
  {
    key: "data_quality_flags",
    header: "data_quality_flags",
    description: "Number of data-quality flags on the record (contradictions or malformed figures in the source).",
    value: (p) => p._count.flags,
  },
  {
    key: "source_document",
    header: "source_document",
    description:
      "Identifier of the source document (its file name); /about names each document by title and publisher.",
    value: (p) => p.sourceDocument.file,
  },
  {
    key: "source_pages",
    header: "source_pages",
    description: "Pages of the source (brochures only), e.g. “P. 06; P. 07”.",
    value: (p) => list(p.sourcePages),
  },
  {
    key: "url",
    header: "url",
    description: "Address of the project page.",
    value: (p) => absoluteUrl(`/projects/${p.slug}`),
  },
];

export const DEFAULT_COLUMNS = PROJECT_COLUMNS.filter((c) => c.key !== "summary").map((c) => c.key);
