import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/format/countries";
import { europeShapes, MAP_HEIGHT, MAP_WIDTH } from "@/lib/map/europe-map";
import { classOf, mapClasses } from "@/lib/map/map-classes";

const HATCH =
  "repeating-linear-gradient(135deg, var(--color-map-none) 0 3px, color-mix(in srgb, var(--color-line-strong) 60%, var(--color-map-none)) 3px 4px)";

/**
 * Europe shaded by number of projects, with a legend of the class ranges. The map is a picture for pointer users:
 * its links are out of the tab order and hidden from screen readers, because `listNote` names the list or table on
 * the same page that carries every country and figure (and small countries, such as Cyprus, as full-size targets).
 */
export function CountryMap({
  counts,
  title,
  listNote,
}: {
  counts: Map<string, number>;
  title: string;
  listNote: string;
}) {
  const t = useTranslations("Countries");
  const locale = useLocale();
  const max = Math.max(0, ...counts.values());
  const classes = mapClasses(max);
  return (
    <figure className="rounded-lg border border-line bg-paper p-3 sm:p-4">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        aria-hidden="true"
        focusable="false"
        className="h-auto w-full rounded-md bg-map-sea"
      >
        <defs>
          <pattern id="map-none" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="5" height="5" className="fill-map-none" />
            <line x1="0" y1="0" x2="0" y2="5" className="stroke-line-strong" strokeWidth="0.6" strokeOpacity="0.6" />
          </pattern>
        </defs>
        {europeShapes().map((s) => {
          const count = counts.get(s.code) ?? 0;
          const shade = classOf(count, classes);
          const label = t("map.countryCount", { country: countryName(s.code, locale), count });
          if (!shade)
            return <path key={s.code} d={s.d} fill="url(#map-none)" className="stroke-paper" strokeWidth={0.8} />;
          return (
            <Link
              key={s.code}
              href={`/countries/${s.code.toLowerCase()}`}
              prefetch={false}
              tabIndex={-1}
              className="group"
            >
              <title>{label}</title>
              <path d={s.d} fill={shade.colour} className="stroke-paper group-hover:stroke-ink" strokeWidth={0.8} />
            </Link>
          );
        })}
      </svg>
      <figcaption className="mt-3 text-sm">
        <p className="font-semibold">{title}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2" aria-label={t("map.legend")}>
          {classes.map((c) => (
            <li key={c.label} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3.5 w-6 rounded-sm" style={{ background: c.colour }} />
              {t("map.legendItem", { range: c.label, to: c.to })}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block h-3.5 w-6 rounded-sm ring-1 ring-line"
              style={{ background: HATCH }}
            />
            {t("map.none")}
          </li>
        </ul>
        <p className="mt-2 text-muted">{listNote}</p>
      </figcaption>
    </figure>
  );
}
