import Link from "next/link";

const NAV = [
  { href: "/projects", label: "Projects" },
  { href: "/countries", label: "Countries" },
  { href: "/programmes", label: "Programmes" },
  { href: "/organisations", label: "Organisations" },
  { href: "/about", label: "About the data" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-wash print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-paper focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-ink no-underline">
          Integration Atlas
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
