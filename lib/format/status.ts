// Project status as of a given day (the rule: statusOn in lib/rules/catalogue-rules.ts), and labels.
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { keptTranslator, type Translator } from "../i18n/messages";
import { statusOn, type Status } from "../rules/catalogue-rules";

const keptRoles: Map<Locale, Translator<"Roles">> = new Map();

/** The catalogue's day is the UTC date (lib/catalogue/catalogue-day.ts); stored dates are UTC midnights. */
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export function projectStatus(start: Date | null, end: Date | null, today = new Date()): Status {
  return statusOn(start && utcDay(start), end && utcDay(end), utcDay(today));
}

/** English labels (the words of the messages' "Roles" namespace in en.json); other languages: statusLabel. */
export const STATUS_LABELS: Record<Status, string> = {
  ongoing: "Ongoing",
  completed: "Completed",
  planned: "Not yet started",
  "not-stated": "Dates not stated",
};

export const ROLE_LABELS = {
  lead: "Lead partner",
  coordinator: "Coordinator",
  promoter: "Project promoter",
  beneficiary: "Beneficiary partner",
  partner: "Partner",
  associated: "Associated partner",
} as const;

export type Role = keyof typeof ROLE_LABELS;
export const ROLES = [
  "lead",
  "coordinator",
  "promoter",
  "beneficiary",
  "partner",
  "associated",
] as const satisfies readonly Role[];

/** A partner's role in the page's language. */
export function roleLabel(role: Role, locale: Locale = DEFAULT_LOCALE): string {
  return keptTranslator(keptRoles, locale, "Roles")(role);
}

/** A project's status in the page's language. */
export function statusLabel(status: Status, locale: Locale = DEFAULT_LOCALE): string {
  return keptTranslator(keptRoles, locale, "Roles")(`status.${status}`);
}
