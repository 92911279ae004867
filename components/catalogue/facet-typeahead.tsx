"use client";
// Progressive enhancement of a long option list: a box that narrows the list as one types (the whole list stays in
// the page without JavaScript, behind "Show all").
import { useId, useRef, useState } from "react";
import { useHydrated } from "./use-hydrated";

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function FacetTypeahead({ noun }: { noun: string }) {
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

  if (!ready) return <div ref={box} />;
  return (
    <div ref={box} className="mt-1">
      <label htmlFor={id} className="sr-only">
        Find {noun}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => narrow(e.target.value)}
        placeholder={`Find ${noun}`}
        form=""
        autoComplete="off"
        className="w-full rounded border border-muted px-2 py-1.5"
      />
      <p aria-live="polite" className="text-xs text-muted">
        {shown === null ? "" : shown === 0 ? `No ${noun} match “${query.trim()}”.` : `${shown} shown.`}
      </p>
    </div>
  );
}
