"use client";
// Embeds (/embed/…) are shown inside other sites' frames: they render without the site's header, footer and <main>
// wrapper. Decided by the route segment during server rendering, so the HTML already has no chrome (no JS needed).
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";

export function SiteChrome({
  header,
  footer,
  children,
}: {
  header: ReactNode;
  footer: ReactNode;
  children: ReactNode;
}) {
  if (useSelectedLayoutSegment() === "embed") return <>{children}</>;
  return (
    <>
      {header}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 pb-4 focus:outline-none sm:px-6 sm:pt-10"
      >
        {children}
      </main>
      {footer}
    </>
  );
}
