import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-wash text-sm text-muted print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-6">
        <p>
          Integration Atlas catalogues EU-funded projects for the integration of migrants, refugees and minorities. Every
          record names the document it comes from — see <Link href="/about">about the data</Link>.
        </p>
      </div>
    </footer>
  );
}
