"use client";
// A client component only so that the payload carries each option as data ({ value, label, count, selected }) rather
// than as its serialised markup: at 100,000 projects the finder's options were 69 of its 161 KB of React Server
// Component payload. The HTML is rendered on the server as before and works without JavaScript.
import { useLocale, useTranslations } from "next-intl";
import type { Facet, FacetOption } from "@/lib/catalogue/project-facets";
import { formatCount } from "@/lib/format/money";
import { FacetTypeahead } from "./facet-typeahead";

/** Long lists show this many options (the selected ones and those with most projects), the rest behind "Show all". */
const SHOWN = 8;
/** Lists up to this long are shown whole. */
const WHOLE = 10;

/** The options shown first: every selected one, then the most common, in the order of counts. */
export function splitOptions(options: FacetOption[]): { first: FacetOption[]; rest: FacetOption[] } {
  if (options.length <= WHOLE) return { first: options, rest: [] };
  const byCount = [...options].sort(
    (a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, "en"),
  );
  const first = byCount.slice(0, Math.max(SHOWN, options.filter((o) => o.selected).length));
  const shown = new Set(first.map((o) => o.value));
  return {
    first,
    rest: options.filter((o) => !shown.has(o.value)).sort((a, b) => a.label.localeCompare(b.label, "en")),
  };
}

/** One facet's checkboxes: never clipped, long lists with a "Show all" disclosure that works without JavaScript. */
export function FacetOptions({ facet }: { facet: Facet }) {
  const t = useTranslations("Filters");
  const locale = useLocale();
  const { first, rest } = splitOptions(facet.options);
  return (
    <div data-facet-list={facet.name}>
      {rest.length > 0 && <FacetTypeahead facet={facet.name} />}
      <ul className="mt-1 space-y-1">
        {first.map((o) => (
          <Option key={o.value} facet={facet.name} option={o} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="mt-1">
          <summary className="inline-flex min-h-6 cursor-pointer items-center py-0.5 font-medium text-brand underline underline-offset-2">
            {t("showAll", { count: formatCount(facet.options.length, locale), facet: facet.name })}
          </summary>
          <ul className="mt-1 space-y-1" aria-label={t("otherOptions", { facet: facet.name })}>
            {rest.map((o) => (
              <Option key={o.value} facet={facet.name} option={o} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Option({ facet, option: o }: { facet: Facet["name"]; option: FacetOption }) {
  const t = useTranslations("Filters");
  const locale = useLocale();
  const id = `${facet}-${o.value}`;
  const disabled = o.count === 0 && !o.selected;
  return (
    <li data-option={o.label} style={o.depth ? { paddingInlineStart: `${o.depth * 0.9}rem` } : undefined}>
      <label htmlFor={id} className={`flex min-h-6 items-start gap-2 ${disabled ? "text-muted" : ""}`}>
        <input
          id={id}
          type="checkbox"
          name={facet}
          value={o.value}
          defaultChecked={o.selected}
          disabled={disabled}
          className="size-6 shrink-0 accent-brand"
        />
        <span className="flex-1">{o.label}</span>
        <span className="tabular-nums text-muted">
          {formatCount(o.count, locale)}
          <span className="sr-only"> {t("optionCount", { count: o.count })}</span>
        </span>
      </label>
    </li>
  );
}
