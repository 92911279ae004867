// next-intl's request configuration: the language of the address (set by proxy.ts, or by setRequestLocale in the
// layout) and that language's messages. Time zone fixed, so that dates never depend on the server's zone.
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALES } from "./locales";
import { MESSAGES } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(LOCALES, requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone: "Europe/Brussels",
  };
});
