// Typed messages and locales: a key missing from English fails the type check (lib/i18n/messages/en.json).
import type { Locale } from "./locales";
import type en from "./messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
