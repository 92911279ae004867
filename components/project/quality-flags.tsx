import { useLocale, useTranslations } from "next-intl";
import type { ProjectDetail } from "@/lib/catalogue/get-project";
import { fieldLabel } from "@/lib/content/field-labels";

export function QualityFlags({ flags }: { flags: ProjectDetail["flags"] }) {
  const t = useTranslations("Project");
  const locale = useLocale();
  return (
    <ul className="space-y-3 print:space-y-1">
      {flags.map((f, i) => (
        <li key={i} className="rounded-md border-s-4 border-flag bg-flag-wash p-4 print:p-1">
          <p className="font-semibold">{fieldLabel(f.field, locale)}</p>
          <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] print:gap-y-0">
            <dt className="text-muted">{t("flags.printed")}</dt>
            <dd>{t("flags.quoted", { raw: f.raw })}</dd>
            <dt className="text-muted">{t("flags.reading")}</dt>
            <dd>{f.reading ?? <em>{t("flags.none")}</em>}</dd>
          </dl>
          <p className="mt-2 text-sm print:mt-0">{f.note}</p>
        </li>
      ))}
    </ul>
  );
}
