// Project status as of a given day, from the first/last day its stated period can mean.
import type { Status } from "../filters/project-filters";

export function projectStatus(start: Date | null, end: Date | null, today = new Date()): Status {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (end && end.getTime() < day) return "completed";
  if (start && start.getTime() > day) return "planned";
  if (end) return "ongoing";
  return "not-stated";
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
