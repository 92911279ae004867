import type { ReactNode } from "react";

/** Lets a wide table scroll sideways on a phone instead of widening the page; focusable so keyboards can scroll it. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}
