import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title")} lead={<p>{t("lead")}</p>} />
      <ul className="list-disc space-y-2 ps-5">
        <li>
          <Link href="/projects" prefetch={false}>
            {t("browse")}
          </Link>
        </li>
        <li>
          <Link href="/countries" prefetch={false}>
            {t("countries")}
          </Link>
        </li>
        <li>
          <Link href="/organisations" prefetch={false}>
            {t("organisations")}
          </Link>
        </li>
        <li>
          <Link href="/" prefetch={false}>
            {t("home")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
