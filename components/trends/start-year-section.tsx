// "Projects by start year" for a page's filters: fetches its own figures so that a page adds it in one line.
import { getLocale, getTranslations } from "next-intl/server";
import { projectsByStartYear } from "@/lib/catalogue/trends";
import { DEFAULT_FILTERS, type ProjectFilters } from "@/lib/filters/project-filters";
import { StartYearChart } from "./start-year-chart";

export async function StartYearSection({ filters }: { filters: Partial<ProjectFilters> }) {
  const t = await getTranslations("Trends");
  // Searched in the language of the page, whatever the query string says (as the list beside it).
  const trend = await projectsByStartYear({ ...DEFAULT_FILTERS, ...filters, lang: await getLocale(), page: 1 });
  return (
    <section aria-labelledby="start-years" className="mt-10">
      <h2 id="start-years" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <div className="mt-3">
        <StartYearChart trend={trend} id="start-year-chart" />
      </div>
    </section>
  );
}
