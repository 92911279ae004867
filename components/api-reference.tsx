import Link from "next/link";
import type { openApiDocument } from "@/lib/api/openapi";

type Doc = ReturnType<typeof openApiDocument>;

export function ApiReference({ doc }: { doc: Doc }) {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">{doc.info.title}</h1>
      <p className="mt-3">{doc.info.description}</p>
      <p className="mt-2 text-sm">
        Base URL <code>{doc.servers[0].url}</code> · version {doc.info.version} · machine-readable document: <Link href="/api/v1/openapi.json">/api/v1/openapi.json</Link>
      </p>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} aria-labelledby={get.operationId} className="mt-8">
          <h2 id={get.operationId} className="font-mono text-xl font-semibold">GET {path}</h2>
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
          <p className="mt-2 text-sm text-muted">Responses: {Object.entries(get.responses).map(([code, r]) => `${code} ${r.description}`).join(" · ")}</p>
        </section>
      ))}
      <section aria-labelledby="schemas" className="mt-10">
        <h2 id="schemas" className="text-xl font-semibold">Schemas</h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <details key={name} className="mt-3">
            <summary className="cursor-pointer font-mono">{name}</summary>
            <pre tabIndex={0} className="mt-1 overflow-x-auto rounded border border-line bg-wash p-3 text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </section>
    </div>
  );
}
