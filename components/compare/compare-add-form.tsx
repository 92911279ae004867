import { localHref } from "@/lib/i18n/server";
// Adds one more item to a comparison: a plain GET form (works without JavaScript). The current items travel in a
// hidden field; the parser reads repeated keys and comma lists alike.
import type { CompareKind } from "@/lib/filters/compare-params";

const NOUN: Record<CompareKind, string> = {
  projects: "project",
  countries: "country",
  programmes: "programme or fund",
};

export async function CompareAddForm({
  kind,
  items,
  candidates,
}: {
  kind: CompareKind;
  items: string[];
  candidates: { key: string; label: string }[];
}) {
  const options = candidates.filter((c) => !items.includes(c.key));
  const id = `compare-add-${kind}`;
  return (
    <form method="get" action={await localHref("/compare")} className="flex flex-wrap items-end gap-2">
      {items.length > 0 && <input type="hidden" name={kind} value={items.join(",")} />}
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          Add a {NOUN[kind]}
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
        Add to comparison
      </button>
    </form>
  );
}
