import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { countryName } from "@/lib/format/countries";
import { formatPartialDate } from "@/lib/format/partial-date";

function when(start: string | null, end: string | null) {
  if (!start) return "Date not stated";
  return end && end !== start ? `${formatPartialDate(start)} – ${formatPartialDate(end)}` : formatPartialDate(start);
}

export function EventsTimeline({ events }: { events: ProjectDetail["events"] }) {
  return (
    <ol className="border-l-2 border-brand pl-4">
      {events.map((e, i) => (
        <li key={i} className="mb-5">
          <h3 className="font-semibold">{e.title}</h3>
          <p className="text-sm text-muted">
            {when(e.startText, e.endText)}
            {" · "}
            {[e.place, e.countryCode ? countryName(e.countryCode) : null].filter(Boolean).join(", ") ||
              "Place not stated"}
            {" · "}
            {e.online === null ? "format not stated" : e.online ? "online" : "in person"}
          </p>
          {e.description && <p className="mt-1 print:hidden">{e.description}</p>}
          {e.agenda.length > 0 && (
            <>
              <h4 className="mt-2 text-sm font-semibold">Agenda</h4>
              <ul className="list-disc pl-5 text-sm">
                {e.agenda.map((a, j) => (
                  <li key={j}>
                    {[a.dateText ? formatPartialDate(a.dateText) : null, a.time].filter(Boolean).join(", ")}
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
