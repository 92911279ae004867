import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { PageHeader } from "./page-header";
import type { openApiDocument } from "@/lib/api/openapi";

type Doc = ReturnType<typeof openApiDocument>;

// The reference is drawn from the OpenAPI document, whose descriptions are written once, in English: in other
// languages the page's own words are translated and the document's text is marked as English (lang="en").
export function ApiReference({ doc }: { doc: Doc }) {
  const t = useTranslations("ApiReference");
  // Marked as English, and left to right so that its punctuation stays in place on Arabic pages.
  const english = useLocale() === DEFAULT_LOCALE ? {} : ({ lang: "en", dir: "ltr" } as const);
  return (
    <div className="max-w-4xl">
      <PageHeader title={doc.info.title} lead={<p {...english}>{doc.info.description}</p>}>
        <p className="mt-3 text-sm">
          {t.rich("facts", {
            version: doc.info.version,
            url: () => <code className="break-all">{doc.servers[0].url}</code>,
            doc: () => (
              <Link href="/api/v1/openapi.json" prefetch={false}>
                /api/v1/openapi.json
              </Link>
            ),
          })}
        </p>
        {"lang" in english && <p className="mt-3 text-sm text-muted">{t("englishOnly")}</p>}
      </PageHeader>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} aria-labelledby={get.operationId} className="mt-8 border-t border-line pt-6">
          <h2 id={get.operationId} dir="ltr" className="font-mono text-lg font-bold break-all rtl:text-end">
            GET {path}
          </h2>
          <p className="mt-1" {...english}>
            {get.summary}
          </p>
          {"parameters" in get && get.parameters.length > 0 && (
            <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {get.parameters.map((p) => (
                <div key={p.name} className="contents">
                  <dt className="font-mono">{p.name}</dt>
                  {"description" in p ? <dd {...english}>{p.description}</dd> : <dd>{t("parameter", { in: p.in })}</dd>}
                </div>
              ))}
            </dl>
          )}
          <p className="mt-2 text-sm text-muted">
            {t.rich("responses", {
              list: () => (
                <span {...english}>
                  {Object.entries(get.responses)
                    .map(([code, r]) => `${code} ${r.description}`)
                    .join(" · ")}
                </span>
              ),
            })}
          </p>
        </section>
      ))}
      <section aria-labelledby="schemas" className="mt-10 border-t border-line pt-6">
        <h2 id="schemas" className="text-xl font-bold">
          {t("schemas")}
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <details key={name} className="mt-3">
            <summary className="inline-flex min-h-8 cursor-pointer items-center font-mono text-brand">{name}</summary>
            <pre
              tabIndex={0}
              dir="ltr"
              aria-label={t("schema", { name })}
              className="mt-1 overflow-x-auto rounded-md border border-line bg-wash p-3 text-xs"
            >
              {JSON.stringify(schema, null, 2)}
            </pre>
          </details>
        ))}
      </section>
    </div>
  );
}
