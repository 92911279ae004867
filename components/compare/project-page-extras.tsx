// Below a project page: "Add to comparison" (a plain link, works without JavaScript) and the page's embed code.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { EmbedCode } from "@/components/embed/embed-code";

export function ProjectPageExtras({ slug, title }: { slug: string; title: string }) {
  const t = useTranslations("Compare");
  return (
    <section aria-label={t("extras.label")} className="mt-8 print:hidden">
      <p>
        <Link href={`/compare?projects=${slug}`} className="inline-block min-h-6 font-semibold">
          {t("addButton")}
        </Link>
      </p>
      <EmbedCode path={`/embed/projects/${slug}`} title={t("extras.embedTitle", { title })} />
    </section>
  );
}
