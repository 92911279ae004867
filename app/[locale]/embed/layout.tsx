import type { Metadata } from "next";
import type { ReactNode } from "react";

// Embeds are copies of full pages for other sites' frames: not indexed, the full page is the canonical one.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="w-full p-3 text-sm">
      {children}
    </main>
  );
}
