// The foot of every embed: a link back to the full page (in the embed's language) and the citation line the brief
// of embeds asks for.
import { useLocale, useTranslations } from "next-intl";
import { absoluteUrl } from "@/lib/config";
import { catalogueDay } from "@/lib/catalogue/catalogue-day";
import { localisedPath } from "@/lib/i18n/paths";

export function EmbedSource({ path, label }: { path: string; label: string }) {
  const t = useTranslations("Embed");
  const url = absoluteUrl(localisedPath(useLocale(), path));
  return (
    <footer className="mt-4 border-t border-line pt-2 text-sm">
      <p>
        <a href={url} target="_top" className="font-semibold">
          {label}
        </a>
      </p>
      <p className="mt-1 text-muted">{t("source", { day: catalogueDay(), url })}</p>
    </footer>
  );
}
