import { useLocale } from "next-intl";
import { formatPartialDate } from "@/lib/format/partial-date";

/** A release's day (UTC), as every other date on the site is written: "30 Nov 2026" in English. */
export function ReleaseDate({ date }: { date: Date }) {
  const day = date.toISOString().slice(0, 10);
  return <time dateTime={date.toISOString()}>{formatPartialDate(day, useLocale())}</time>;
}
