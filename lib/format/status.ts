// Project status as of a given day (the rule: statusOn in lib/rules/catalogue-rules.ts), and labels.
import { statusOn, type Status } from "../rules/catalogue-rules";

/** The catalogue's day is the UTC date (lib/catalogue/catalogue-day.ts); stored dates are UTC midnights. */
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export function projectStatus(start: Date | null, end: Date | null, today = new Date()): Status {
  return statusOn(start && utcDay(start), end && utcDay(end), utcDay(today));
}

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
