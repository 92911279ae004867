import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import type { ReactNode } from "react";
import { PageHeader } from "./page-header";

/** When the checks below were last run by hand and by the test suite; change it with the statement. */
const TESTED_ON = new Date("2026-11-30T12:00:00Z");

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

// The statement follows the structure of GOV.UK's model accessibility statement; every claim is something the test
// suite checks (tests/e2e/accessibility.spec.ts) or a person did on the date above. Its words are in
// lib/i18n/messages (Accessibility); each language states the same facts.
export function AccessibilityStatement({ contact }: { contact: string }) {
  const t = useTranslations("Accessibility");
  const locale = useLocale();
  const tested = new Intl.DateTimeFormat(locale === DEFAULT_LOCALE ? "en-GB" : locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(TESTED_ON);
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={<p>{t("lead")}</p>} />
      <Part id="standard" title={t("standardTitle")}>
        <p>{t.rich("standard", { issues: (chunks) => <a href="#known-issues">{chunks}</a> })}</p>
      </Part>
      <Part id="what-you-can-do" title={t("canDoTitle")}>
        <ul className="list-disc space-y-1 ps-5">
          <li>{t("canDoKeyboard")}</li>
          <li>{t("canDoNoScript")}</li>
          <li>{t("canDoZoom")}</li>
          <li>{t("canDoTables")}</li>
        </ul>
      </Part>
      <Part id="how-we-tested" title={t("testedTitle")}>
        <p>{t("tested", { date: tested })}</p>
        <ul className="list-disc space-y-1 ps-5">
          <li>{t("testedAxe")}</li>
          <li>{t("testedJourney")}</li>
          <li>{t("testedByHand")}</li>
        </ul>
        <p>{t("notTested")}</p>
      </Part>
      <Part id="known-issues" title={t("issuesTitle")}>
        <ul className="list-disc space-y-2 ps-5">
          <li>{t("issueMaps")}</li>
          <li>{t("issueLanguages")}</li>
          <li>{t("issuePictures")}</li>
        </ul>
      </Part>
      <Part id="feedback" title={t("feedbackTitle")}>
        <p>
          {t.rich("feedback", {
            mail: () => (
              <a href={`mailto:${contact}?subject=${encodeURIComponent(t("mailSubject"))}`} className="break-words">
                {contact}
              </a>
            ),
          })}
        </p>
        <p>
          {t.rich("aboutLink", {
            about: (chunks) => (
              <Link href="/about" prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Part>
    </div>
  );
}
