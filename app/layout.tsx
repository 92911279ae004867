import type { ReactNode } from "react";

// Each language's pages have their own root element (app/[locale]/layout.tsx: <html lang dir>); files and data
// (exports, feeds, API, previews) need none.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
