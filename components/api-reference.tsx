import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "./page-header";
import type { openApiDocument } from "@/lib/api/openapi";

type Doc = ReturnType<typeof openApiDocument>;

export function ApiReference({ doc }: { doc: Doc }) {
  return (
    <div className="max-w-4xl">
      <PageHeader title={doc.info.title} lead={<p>{doc.info.description}</p>}>
        <p className="mt-3 text-sm">
          Base URL <code className="break-all">{doc.servers[0].url}</code> · version {doc.info.version} ·
          machine-readable document:{" "}
          <Link href="/api/v1/openapi.json" prefetch={false}>
            /api/v1/openapi.json
          </Link>
        </p>
      </PageHeader>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} aria-labelledby={get.operationId} className="mt-8 border-t border-line pt-6">
          <h2 id={get.operationId} className="font-mono text-lg font-bold break-all">
            GET {path}
          </h2>
          <p className="mt-1">{get.summary}</p>
          {"parameters" in get && get.parameters.length > 0 && (
            <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              {get.parameters.map((p) => (
                <div key={p.name} className="contents">
                  <dt className="font-mono">{p.name}</dt>
                  <dd>{"description" in p ? p.description : `${p.in} parameter`}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="mt-2 text-sm text-muted">
            Responses:{" "}
            {Object.entries(get.responses)
              .map(([code, r]) => `${code} ${r.description}`)
              .join(" · ")}
          </p>
        </section>
      ))}
      <section aria-labelledby="schemas" className="mt-10 border-t border-line pt-6">
        <h2 id="schemas" className="text-xl font-bold">
          Schemas
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <details key={name} className="mt-3">
            <summary className="inline-flex min-h-8 cursor-pointer items-center font-mono text-brand">{name}</summary>
            <pre
              tabIndex={0}
              aria-label={`${name} schema`}
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
