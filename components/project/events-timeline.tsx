import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { countryName } from "@/lib/format/countries";
import { formatPartialDate } from "@/lib/format/partial-date";

function when(start: string | null, end: string | null, locale: Locale, dateNotStated: string) {
  if (!start) return dateNotStated;
  return end && end !== start
    ? `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}`
    : formatPartialDate(start, locale);
}

export function EventsTimeline({ events }: { events: ProjectDetail["events"] }) {
  const t = useTranslations("Project");
  const locale = useLocale();
  return (
    <ol className="border-s-2 border-brand ps-4">
      {events.map((e, i) => (
        <li key={i} className="mb-5">
          <h3 className="font-semibold">{e.title}</h3>
          <p className="text-sm text-muted">
            {when(e.startText, e.endText, locale, t("events.dateNotStated"))}
            {" · "}
            {[e.place, e.countryCode ? countryName(e.countryCode, locale) : null]
              .filter(Boolean)
              .join(t("listSeparator")) || t("events.placeNotStated")}
            {" · "}
            {e.online === null ? t("events.formatNotStated") : e.online ? t("events.online") : t("events.inPerson")}
          </p>
          {e.description && <p className="mt-1 print:hidden">{e.description}</p>}
          {e.agenda.length > 0 && (
            <>
              <h4 className="mt-2 text-sm font-semibold">{t("events.agenda")}</h4>
              <ul className="list-disc ps-5 text-sm">
                {e.agenda.map((a, j) => (
                  <li key={j}>
                    {[a.dateText ? formatPartialDate(a.dateText, locale) : null, a.time]
                      .filter(Boolean)
                      .join(t("listSeparator"))}
                    {a.dateText || a.time ? ": " : ""}
                    {a.title}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
