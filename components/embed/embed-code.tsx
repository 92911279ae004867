// "Embed" control: the <iframe> code of a page's embed, in a <details> that opens without JavaScript. The embed is
// in the page's language (/de/embed/… on a German page).
import { useLocale, useTranslations } from "next-intl";
import { absoluteUrl } from "@/lib/config";
import { localisedPath } from "@/lib/i18n/paths";

export function EmbedCode({ path, title, height = 480 }: { path: string; title: string; height?: number }) {
  const t = useTranslations("Embed.code");
  const local = localisedPath(useLocale(), path);
  const code = `<iframe src="${absoluteUrl(local)}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="${height}" style="border:1px solid #ccc" loading="lazy"></iframe>`;
  const id = `embed-${path.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <details className="mt-4 print:hidden">
      <summary className="inline-block min-h-6 cursor-pointer font-semibold">{t("summary")}</summary>
      <label htmlFor={id} className="mt-2 block text-sm">
        {t("copy")}
      </label>
      <textarea
        id={id}
        readOnly
        rows={3}
        value={code}
        dir="ltr"
        className="mt-1 w-full rounded border border-muted bg-wash p-2 font-mono text-xs"
      />
      <p className="mt-1 text-sm">
        <a href={local}>{t("preview")}</a>
      </p>
    </details>
  );
}
