import Link from "next/link";
import { lastDataRelease, lastSeedFinishedAt } from "@/lib/server/seed-version";
import { formatPartialDate } from "@/lib/format/partial-date";
import { LICENCE } from "@/lib/seo/licence";
import { LogoMark } from "./logo-mark";

const LINKS = [
  { href: "/about", label: "About the data" },
  { href: "/data-dictionary", label: "Data dictionary" },
  { href: "/releases", label: "Data releases" },
  { href: "/api", label: "JSON API" },
  { href: "/accessibility", label: "Accessibility statement" },
] as const;

/** When the server has not read the seed yet (or never will: `next start` alone), the line is left out. */
function updatedLine() {
  const date = lastSeedFinishedAt();
  if (!date) return null;
  const day = date.toISOString().slice(0, 10);
  return (
    <p>
      Data last updated <time dateTime={day}>{formatPartialDate(day)}</time>
    </p>
  );
}

/** The latest data release, linking to the list of releases and what each changed (left out before the first). */
function releaseLine() {
  const release = lastDataRelease();
  if (!release) return null;
  const day = release.releasedAt.toISOString().slice(0, 10);
  return (
    <p>
      <Link href="/releases" prefetch={false} className="inline-flex min-h-6 items-center">
        {/* One flex item, so the space stays inside the link's single underline. */}
        <span>
          Data release <time dateTime={day}>{formatPartialDate(day)}</time>
        </span>
      </Link>
    </p>
  );
}

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-wash text-sm text-muted print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-[2fr_1fr]">
        <div className="space-y-2">
          <p className="flex items-center gap-2 font-semibold text-ink">
            <LogoMark className="h-6 w-6" /> Integration Atlas
          </p>
          <p>
            A catalogue of EU-funded projects for the integration of migrants, refugees and minorities. Every record
            names the document it comes from.
          </p>
          <p>
            {LICENCE.before}{" "}
            <a href={LICENCE.url} rel="license">
              {LICENCE.name}
            </a>{" "}
            {LICENCE.after}
          </p>
          {updatedLine()}
          {releaseLine()}
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            {LINKS.map((l) => (
              <li key={l.href}>
                <Link href={l.href} prefetch={false} className="inline-flex min-h-6 items-center">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
