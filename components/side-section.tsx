import type { ReactNode } from "react";

/** A titled block of a page's side column (regions, organisations, partner countries): small type, ruled on top. */
export function SideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t-4 border-brand pt-3 text-sm">
      <h2 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
