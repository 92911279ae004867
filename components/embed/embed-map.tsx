// Europe shaded by projects per country, for an embed: every link opens the full site (target _top) in the embed's
// language, and the same figures follow as a list so the map is not the only way to read them.
import { useLocale, useTranslations } from "next-intl";
import { absoluteUrl } from "@/lib/config";
import type { CountrySummary } from "@/lib/catalogue/countries";
import { countryName } from "@/lib/format/countries";
import { formatCount } from "@/lib/format/money";
import { localisedPath } from "@/lib/i18n/paths";
import { europeShapes, MAP_HEIGHT, MAP_WIDTH } from "@/lib/map/europe-map";

const STEPS = ["#dbe7f3", "#a9c6e3", "#6e9fcd", "#3873ad", "#0b4f8a"];
const fillFor = (count: number, max: number) =>
  count === 0
    ? "#eef0f3"
    : STEPS[Math.min(STEPS.length - 1, Math.floor(((count - 1) / Math.max(1, max)) * STEPS.length))];

export function EmbedMap({ countries }: { countries: CountrySummary[] }) {
  const t = useTranslations("Embed.map");
  const locale = useLocale();
  const counts = new Map(countries.map((c) => [c.code, c.projects]));
  const max = Math.max(1, ...counts.values());
  const withProjects = countries.filter((c) => c.projects > 0);
  const href = (code: string) => absoluteUrl(localisedPath(locale, `/countries/${code.toLowerCase()}`));
  return (
    <>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby="embed-map-title"
        className="h-auto w-full max-w-xl rounded border border-line bg-[#f7fafd]"
      >
        <title id="embed-map-title">{t("svgTitle")}</title>
        {europeShapes().map((s) => {
          const country = countries.find((c) => c.code === s.code);
          const count = counts.get(s.code) ?? 0;
          const shape = <path d={s.d} fill={fillFor(count, max)} stroke="#ffffff" strokeWidth={0.6} />;
          const label = country && t("country", { country: countryName(country.code, locale), count });
          return country && count > 0 ? (
            <a key={s.code} href={href(s.code)} target="_top" aria-label={label}>
              <title>{label}</title>
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
            <a href={href(c.code)} target="_top">
              {countryName(c.code, locale)}
            </a>{" "}
            <span className="text-muted">({formatCount(c.projects, locale)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
