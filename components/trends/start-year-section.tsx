// "Projects by start year" for a page's filters. The page fetches the figures with its other data (projectsByStartYear)
// so that nothing here waits on the database: a section that awaited its own query would reach the React Server
// Component payload before or after the rest of the page depending on timing, and the same URL would not always be
// the same bytes.
import { useTranslations } from "next-intl";
import type { StartYearTrend } from "@/lib/catalogue/trends";
import { StartYearChart } from "./start-year-chart";

export function StartYearSection({ trend }: { trend: StartYearTrend }) {
  const t = useTranslations("Trends");
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
