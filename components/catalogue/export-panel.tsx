import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_COLUMNS, PROJECT_COLUMNS } from "@/lib/export/project-columns";
import { toCanonicalSearch, type ProjectFilters } from "@/lib/filters/project-filters";

/** Download exactly this view (all pages), follow it as a feed, or pick CSV columns. */
export async function ExportPanel({ filters, total }: { filters: ProjectFilters; total: number }) {
  const t = await getTranslations("Finder.export");
  const query = toCanonicalSearch({ ...filters, page: 1 });
  const hidden = [...new URLSearchParams(query.slice(1))];
  return (
    <details className="mt-3 rounded border border-line p-3 text-sm print:hidden">
      <summary className="flex min-h-6 cursor-pointer items-center font-semibold">
        {t("summary", { count: total })}
      </summary>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        <a href={`/projects.csv${query}`} download>
          {t("csv")}
        </a>
        <a href={`/projects.json${query}`} download>
          {t("json")}
        </a>
        <a href={`/participations.csv${query}`} download>
          {t("partners")}
        </a>
        <a href={`/feed.xml${query}`}>{t("feed")}</a>
        <Link href={`/api/v1/projects${query}`} prefetch={false}>
          {t("api")}
        </Link>
        <Link href="/data-dictionary" prefetch={false}>
          {t("dictionary")}
        </Link>
        <Link href="/data-dictionary#downloads" prefetch={false}>
          {t("files")}
        </Link>
      </p>
      <form method="get" action="/projects.csv" className="mt-3">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <fieldset>
          <legend className="font-semibold">{t("columns")}</legend>
          <div className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2 md:grid-cols-3">
            {PROJECT_COLUMNS.map((c) => (
              <label key={c.key} className="flex min-h-6 items-center gap-2">
                <input
                  className="size-5 accent-brand"
                  type="checkbox"
                  name="columns"
                  value={c.key}
                  defaultChecked={DEFAULT_COLUMNS.includes(c.key)}
                />
                <span className="font-mono text-xs" dir="ltr">
                  {c.header}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="mt-2 rounded bg-brand px-3 py-1.5 font-semibold text-white">
          {t("download")}
        </button>
      </form>
    </details>
  );
}
