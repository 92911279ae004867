import { useTranslations } from "next-intl";
import type { ProjectPageData } from "@/lib/catalogue/get-project";
import { citations } from "@/lib/seo/citation";

export function CiteBlock({ data }: { data: ProjectPageData }) {
  const t = useTranslations("Project");
  const { text, bibtex } = citations(data, new Date());
  return (
    <div className="space-y-3 print:hidden">
      <div>
        <h3 className="text-sm font-semibold">{t("cite.plain")}</h3>
        {/* The citation is English throughout (lib/seo/citation.ts, from the record in English): marked so on other
            languages' pages, and left to right on a right-to-left page too. */}
        <p className="mt-1 rounded-md border border-line bg-wash p-3 text-sm" lang="en" dir="ltr">
          {text}
        </p>
      </div>
      <details>
        <summary className="inline-flex min-h-8 cursor-pointer items-center text-sm font-semibold text-brand">
          BibTeX
        </summary>
        <pre
          className="mt-1 overflow-x-auto rounded-md border border-line bg-wash p-3 text-xs"
          lang="en"
          dir="ltr"
          tabIndex={0}
          aria-label={t("cite.bibtexLabel")}
        >
          {bibtex}
        </pre>
      </details>
    </div>
  );
}
