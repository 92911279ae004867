import { useTranslations } from "next-intl";
import { absoluteUrl, config } from "@/lib/config";

/** A mailto link prefilled with the record's URL and the field, to the address in configuration. */
export function ReportErrorLink({
  slug,
  field,
  children,
}: {
  slug: string;
  field?: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("Project");
  const url = absoluteUrl(`/projects/${slug}`);
  const subject = t("report.subject", { url });
  const body = `${t("report.record", { url })}\n${t("report.field", { field: field ?? t("report.whichField") })}\n${t("report.what")}\n`;
  return (
    <a
      className="print:hidden"
      href={`mailto:${config.REPORT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}
    >
      {children}
    </a>
  );
}
