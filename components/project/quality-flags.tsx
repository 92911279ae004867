import { useLocale, useTranslations } from "next-intl";
import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { fieldLabel } from "@/lib/content/field-labels";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

/**
 * The data-quality notes of a record: what the source printed (in the source's language), the editors' reading and
 * their note. Readings and notes are written in English and not translated: on a page in another language they say
 * so and carry lang="en" (WCAG 3.1.2), as untranslated descriptions do.
 */
export function QualityFlags({ flags, sourceLang }: { flags: ProjectDetail["flags"]; sourceLang: string }) {
  const t = useTranslations("Project");
  const common = useTranslations("Common");
  const locale = useLocale();
  const editorsLang = locale === DEFAULT_LOCALE ? undefined : DEFAULT_LOCALE;
  return (
    <>
      {editorsLang && <p className="mb-3 text-sm text-muted">{t("flags.inEnglish")}</p>}
      <ul className="space-y-3 print:space-y-1">
        {flags.map((f, i) => (
          <li key={i} className="rounded-md border-s-4 border-flag bg-flag-wash p-4 print:p-1">
            <p className="font-semibold">{fieldLabel(f.field, locale)}</p>
            <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] print:gap-y-0">
              <dt className="text-muted">{t("flags.printed")}</dt>
              <dd>
                {common.rich("quoted", {
                  text: () => <bdi lang={sourceLang === locale ? undefined : sourceLang}>{f.raw}</bdi>,
                })}
              </dd>
              <dt className="text-muted">{t("flags.reading")}</dt>
              <dd>{f.reading === null ? <em>{t("flags.none")}</em> : <bdi lang={editorsLang}>{f.reading}</bdi>}</dd>
            </dl>
            <p className="mt-2 text-sm print:mt-0" lang={editorsLang} dir="auto">
              {f.note}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
