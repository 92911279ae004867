import { useTranslations } from "next-intl";

export function NotStated() {
  const t = useTranslations("Common");
  return <span className="italic text-muted">{t("notStated")}</span>;
}
