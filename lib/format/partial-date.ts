// Dates with a precision: "2019" (year), "2019-09" (month) or "2019-09-01" (day).

/** The first day a partial date can mean, as a UTC midnight Date. */
export function firstDay(text: string): Date {
  const [y, m = 1, d = 1] = text.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The last day a partial date can mean, as a UTC midnight Date. */
export function lastDay(text: string): Date {
  const [y, m, d] = text.split("-").map(Number);
  if (d) return new Date(Date.UTC(y, m - 1, d));
  if (m) return new Date(Date.UTC(y, m, 0));
  return new Date(Date.UTC(y, 11, 31));
}

// Fixed three-letter months: Intl's en-GB writes "Sept", which reads oddly beside the other abbreviations.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2019" → "2019", "2019-09" → "Sep 2019", "2019-09-01" → "1 Sep 2019". */
export function formatPartialDate(text: string): string {
  const [y, m, d] = text.split("-").map(Number);
  if (!m) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/**
 * "1 Jan 2018 – 31 Dec 2019"; with one side unknown, a sentence that reads: "until 2020 (start not stated)",
 * "from 2019 (end not stated)". Null when neither is stated.
 */
export function formatPeriod(start: string | null, end: string | null): string | null {
  if (start && end) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (end) return `until ${formatPartialDate(end)} (start not stated)`;
  if (start) return `from ${formatPartialDate(start)} (end not stated)`;
  return null;
}
