"use client";
// Progressive enhancement of a long option list: a box that narrows the list as one types (the whole list stays in
// the page without JavaScript, behind "Show all").
import { useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Facet } from "@/lib/catalogue/project-facets";
import { formatCount } from "@/lib/format/money";
import { useHydrated } from "./use-hydrated";

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function FacetTypeahead({ facet }: { facet: Facet["name"] }) {
  // Client messages: only Filters.client reaches the browser (app/[locale]/layout.tsx).
  const t = useTranslations("Filters.client");
  const locale = useLocale();
  const ready = useHydrated();
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const id = useId();

  const narrow = (value: string) => {
    setQuery(value);
    const list = box.current?.closest("[data-facet-list]");
    if (!list) return;
    const q = fold(value.trim());
    let count = 0;
    for (const li of list.querySelectorAll<HTMLLIElement>("li[data-option]")) {
      const match = q === "" || fold(li.dataset.option ?? "").includes(q);
      li.hidden = !match;
      if (match) count++;
    }
    const more = list.querySelector("details");
    if (more && q !== "") more.open = true;
    setShown(q === "" ? null : count);
  };

  const find = t("find", { facet });
  // Until hydrated the box keeps its room, invisible (hidden from everyone, out of the Tab order), so nothing moves
  // when it appears; without JavaScript it takes no room at all.
  return (
    <div ref={box} className={`mt-1 ${ready ? "" : "invisible noscript:hidden"}`}>
      <label htmlFor={id} className="sr-only">
        {find}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => narrow(e.target.value)}
        placeholder={find}
        disabled={!ready}
        form=""
        autoComplete="off"
        className="w-full rounded border border-muted px-2 py-1.5"
      />
      <p aria-live="polite" className="text-xs text-muted">
        {shown === null
          ? ""
          : shown === 0
            ? t("noMatch", { facet, query: query.trim() })
            : t("shown", { count: formatCount(shown, locale) })}
      </p>
    </div>
  );
}
