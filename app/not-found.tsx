import Link from "next/link";
import "./globals.css";

// Reached only by an address outside the pages in a language (those have app/[locale]/not-found.tsx).
export default function NotFound() {
  return (
    <html lang="en">
      <body className="mx-auto max-w-2xl p-6 font-sans text-ink">
        <h1 className="text-2xl font-bold">Page not found</h1>
        <p className="mt-3">
          There is no page at this address. <Link href="/projects">Browse and search all projects</Link>.
        </p>
      </body>
    </html>
  );
}
