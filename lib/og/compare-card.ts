// The preview image of a comparison: the names side by side and how many of the figures differ.
import { compare } from "../catalogue/compare";
import { parseCompareParams } from "../filters/compare-params";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import type { PreviewCard } from "./preview-image";

// Row labels come from lib/catalogue/compare (English until it takes a language).
export async function compareCard(params: URLSearchParams, locale: Locale = DEFAULT_LOCALE): Promise<PreviewCard> {
  const t = translator(locale, "PreviewCard");
  const { kind, items } = parseCompareParams(params);
  const { columns, rows } = await compare(kind, items, locale);
  const differing = rows.filter((r) => r.differs).map((r) => r.label.toLocaleLowerCase(locale));
  return {
    kicker: t("comparison", { count: columns.length, kind }),
    title: columns.map((c) => c.label.split(" — ")[0]).join(t("versus")) || t("compare"),
    lines: differing.length
      ? [
          t("differIn", {
            fields: differing.slice(0, 5).join(t("listSeparator")),
          }),
        ]
      : [],
  };
}
