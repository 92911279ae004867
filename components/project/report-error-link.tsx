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
  const url = absoluteUrl(`/projects/${slug}`);
  const subject = `Correction for ${url}`;
  const body = `Record: ${url}\nField: ${field ?? "(which field?)"}\nWhat is wrong, and the source that shows it:\n`;
  return (
    <a
      className="print:hidden"
      href={`mailto:${config.REPORT_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`}
    >
      {children}
    </a>
  );
}
