import { useTranslations } from "next-intl";
import { ShareButton } from "./share-button";

/** The record's address in a read-only field anyone can select and copy, JavaScript or not; Share enhances it. */
export function ShareBlock({ url, title }: { url: string; title: string }) {
  const t = useTranslations("Project");
  return (
    <div className="flex flex-wrap items-end gap-2 print:hidden">
      <label className="block min-w-0 flex-1 basis-64 text-sm font-semibold">
        {t("share.linkLabel")}
        <input
          type="text"
          readOnly
          value={url}
          dir="ltr"
          className="mt-1 block min-h-11 w-full rounded-md border-2 border-line-strong bg-wash px-3 font-mono text-sm font-normal text-ink"
        />
      </label>
      <ShareButton
        url={url}
        title={title}
        words={{ share: t("share.button"), copied: t("share.copied"), copyThis: t("share.copyThis", { url }) }}
      />
    </div>
  );
}
