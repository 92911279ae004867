// Europe shaded by projects per country, for an embed: every link opens the full site (target _top), and the same
// figures follow as a list so the map is not the only way to read them.
import { absoluteUrl } from "@/lib/config";
import type { CountrySummary } from "@/lib/catalogue/countries";
import { europeShapes, MAP_HEIGHT, MAP_WIDTH } from "@/lib/map/europe-map";

const STEPS = ["#dbe7f3", "#a9c6e3", "#6e9fcd", "#3873ad", "#0b4f8a"];
const fillFor = (count: number, max: number) =>
  count === 0
    ? "#eef0f3"
    : STEPS[Math.min(STEPS.length - 1, Math.floor(((count - 1) / Math.max(1, max)) * STEPS.length))];

export function EmbedMap({ countries }: { countries: CountrySummary[] }) {
  const counts = new Map(countries.map((c) => [c.code, c.projects]));
  const max = Math.max(1, ...counts.values());
  const withProjects = countries.filter((c) => c.projects > 0);
  return (
    <>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby="embed-map-title"
        className="h-auto w-full max-w-xl rounded border border-line bg-[#f7fafd]"
      >
        <title id="embed-map-title">Map of Europe shaded by the number of projects in each country</title>
        {europeShapes().map((s) => {
          const country = countries.find((c) => c.code === s.code);
          const count = counts.get(s.code) ?? 0;
          const shape = <path d={s.d} fill={fillFor(count, max)} stroke="#ffffff" strokeWidth={0.6} />;
          return country && count > 0 ? (
            <a
              key={s.code}
              href={absoluteUrl(`/countries/${s.code.toLowerCase()}`)}
              target="_top"
              aria-label={`${country.name}: ${count} projects`}
            >
              <title>{`${country.name}: ${count} projects`}</title>
              {shape}
            </a>
          ) : (
            <g key={s.code} aria-hidden="true">
              {shape}
            </g>
          );
        })}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1">
        {withProjects.map((c) => (
          <li key={c.code}>
            <a href={absoluteUrl(`/countries/${c.code.toLowerCase()}`)} target="_top">
              {c.name}
            </a>{" "}
            <span className="text-muted">({c.projects})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
