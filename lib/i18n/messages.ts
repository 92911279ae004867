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

export type Translator<N extends keyof Messages> = ReturnType<typeof translator<N>>;

/**
 * translator(), kept in `kept` (a map per namespace that the calling module owns): making one costs about 25 µs and
 * calling it under 1 µs, and the formatters (lib/format) translate for every date, role and missing amount on a page.
 * The map is a plain module-level `new Map()`, so a client bundle that imports another export of the module (say
 * formatCount) leaves the messages out, as before.
 */
export function keptTranslator<N extends keyof Messages>(
  kept: Map<Locale, Translator<N>>,
  locale: Locale,
  namespace: N,
): Translator<N> {
  let t = kept.get(locale);
  if (!t) kept.set(locale, (t = translator(locale, namespace)));
  return t;
}
