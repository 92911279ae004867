import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a phone instead of widening the page: a labelled region, focusable so that
 * keyboards can scroll it, with the table's first column kept in view (.table-scroll in app/globals.css).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="table-scroll max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
