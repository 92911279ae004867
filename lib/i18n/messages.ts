// Every language's messages, for code that formats outside a React request (lib/format, feeds, preview cards).
// Pages get theirs through next-intl (lib/i18n/request.ts). One JSON file per language; English is the reference.
import { createTranslator } from "next-intl";
import ar from "./messages/ar.json" with { type: "json" };
import de from "./messages/de.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import fr from "./messages/fr.json" with { type: "json" };
import it from "./messages/it.json" with { type: "json" };
import uk from "./messages/uk.json" with { type: "json" };
import type { Locale } from "./locales";

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, de, fr, it, uk, ar };

/** A translator for one namespace, e.g. translator("de", "Format")("notStated"). */
export function translator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
