// "Embed" control: the <iframe> code of a page's embed, in a <details> that opens without JavaScript.
import { absoluteUrl } from "@/lib/config";

export function EmbedCode({ path, title, height = 480 }: { path: string; title: string; height?: number }) {
  const code = `<iframe src="${absoluteUrl(path)}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="${height}" style="border:1px solid #ccc" loading="lazy"></iframe>`;
  const id = `embed-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <details className="mt-4 print:hidden">
      <summary className="inline-block min-h-6 cursor-pointer font-semibold">Embed</summary>
      <label htmlFor={id} className="mt-2 block text-sm">
        Copy this code into your web page:
      </label>
      <textarea
        id={id}
        readOnly
        rows={3}
        value={code}
        className="mt-1 w-full rounded border border-muted bg-wash p-2 font-mono text-xs"
      />
      <p className="mt-1 text-sm">
        <a href={path}>Preview the embed</a>
      </p>
    </details>
  );
}
