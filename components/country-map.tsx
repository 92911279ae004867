import Link from "next/link";
import { countryName } from "@/lib/format/countries";
import { europeShapes, MAP_HEIGHT, MAP_WIDTH } from "@/lib/map/europe-map";

/** Colour steps from the theme; 0 stays neutral. */
const STEPS = ["#dbe7f3", "#a9c6e3", "#6e9fcd", "#3873ad", "#0b4f8a"];

function fillFor(count: number, max: number) {
  if (count === 0) return "#eef0f3";
  return STEPS[Math.min(STEPS.length - 1, Math.floor(((count - 1) / Math.max(1, max)) * STEPS.length))];
}

/** Europe shaded by number of projects. The same figures are in the table beside it, so the map is one image. */
export function CountryMap({ counts, caption }: { counts: Map<string, number>; caption: string }) {
  const max = Math.max(1, ...counts.values());
  return (
    <figure>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-title" className="h-auto w-full rounded border border-line bg-[#f7fafd]">
        <title id="map-title">{caption}</title>
        {europeShapes().map((s) => {
          const count = counts.get(s.code) ?? 0;
          const shape = <path d={s.d} fill={fillFor(count, max)} stroke="#ffffff" strokeWidth={0.6} />;
          return count > 0 ? (
            <Link key={s.code} href={`/countries/${s.code.toLowerCase()}`} aria-label={`${countryName(s.code)}: ${count} projects`}>
              <title>{`${countryName(s.code)}: ${count} projects`}</title>
              {shape}
            </Link>
          ) : (
            <g key={s.code} aria-hidden="true">{shape}</g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap items-center gap-3 text-sm text-muted">
        <span>Projects per country:</span>
        {STEPS.map((c, i) => (
          <span key={c} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm" style={{ background: c }} />
            {i === 0 ? "fewest" : i === STEPS.length - 1 ? "most" : ""}
          </span>
        ))}
        <span>Countries too small for this scale (e.g. Malta, Liechtenstein) are in the table.</span>
      </figcaption>
    </figure>
  );
}
