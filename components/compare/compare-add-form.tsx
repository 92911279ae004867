// Adds one more item to a comparison: a plain GET form (works without JavaScript). The current items travel in a
// hidden field; the parser reads repeated keys and comma lists alike.
import { getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/server";
import type { CompareKind } from "@/lib/filters/compare-params";

export async function CompareAddForm({
  kind,
  items,
  candidates,
}: {
  kind: CompareKind;
  items: string[];
  candidates: { key: string; label: string }[];
}) {
  const t = await getTranslations("Compare");
  const options = candidates.filter((c) => !items.includes(c.key));
  const id = `compare-add-${kind}`;
  return (
    <form method="get" action={await localHref("/compare")} className="flex flex-wrap items-end gap-2">
      {items.length > 0 && <input type="hidden" name={kind} value={items.join(",")} />}
      {/* max-w-full: a long option must not widen the form past a phone's screen. */}
      <div className="min-w-0 max-w-full">
        <label htmlFor={id} className="block text-sm font-semibold">
          {t(`add.${kind}`)}
        </label>
        <select id={id} name={kind} className="mt-1 max-w-full rounded border border-muted px-2 py-2">
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-6 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("addButton")}
      </button>
    </form>
  );
}
