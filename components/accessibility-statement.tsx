import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "./page-header";

/** When the checks below were last run by hand and by the test suite; change it with the statement. */
const TESTED_ON = "30 November 2026";

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}

// The statement follows the structure of GOV.UK's model accessibility statement; every claim is something the test
// suite checks (tests/e2e/accessibility.spec.ts) or a person did on the date above.
export function AccessibilityStatement({ contact }: { contact: string }) {
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Accessibility statement"
        lead={
          <p>
            We want everyone to be able to use Integration Atlas: on a phone or a desktop, with a keyboard, a screen
            reader, zoom, or without JavaScript.
          </p>
        }
      />
      <Part id="standard" title="The standard we aim for">
        <p>
          The target is the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. We believe the site meets it,
          with the exceptions listed under <a href="#known-issues">known issues</a>.
        </p>
      </Part>
      <Part id="what-you-can-do" title="What you can do on this site">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            use every page with a keyboard alone: a “Skip to content” link comes first, and a dark 3-pixel ring shows
            where you are;
          </li>
          <li>
            use every page without JavaScript: search, filters, page links and the link to share a record are plain
            links and forms;
          </li>
          <li>
            read every page at 360 pixels wide or at 400 % zoom without scrolling sideways (wide tables scroll inside
            their own box, with the first column kept in view);
          </li>
          <li>find every figure of a chart or map in a table or list next to it.</li>
        </ul>
      </Part>
      <Part id="how-we-tested" title="How we tested">
        <p>
          Last tested on {TESTED_ON}, on every kind of page (home, projects, a project, countries, a country,
          programmes, a programme, organisations, an organisation, about the data, the data dictionary, the API
          reference, this statement and the “page not found” page):
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            automatically, on every change: the axe-core checker (rules for WCAG 2.0, 2.1 and 2.2 A and AA, and its best
            practices) in Chromium at 360 and 1280 pixels wide, which must find nothing; checks that no page scrolls
            sideways at 360 pixels, that headings do not skip a level, and that the current section is marked in the
            main navigation;
          </li>
          <li>
            automatically, the journey “find projects in Croatia and open one” at both widths, with JavaScript on and
            off, and sharing a record without JavaScript;
          </li>
          <li>by hand: a look at screenshots of every kind of page at both widths.</li>
        </ul>
        <p>
          We have not yet tested with screen readers (such as NVDA, JAWS or VoiceOver) or with speech recognition
          software by hand.
        </p>
      </Part>
      <Part id="known-issues" title="Known issues">
        <ul className="list-disc space-y-2 pl-5">
          <li>
            The country maps are pictures for mouse and touch users: their countries cannot be reached with the keyboard
            and are hidden from screen readers. The list or table beside each map has every country and figure, and
            links to the same pages.
          </li>
          <li>
            Names and titles quoted from documents in other languages (for example Czech or Latvian) are not marked as
            being in that language, so a screen reader reads them with English pronunciation (WCAG 3.1.2).
          </li>
          <li>
            The “Has worked with” picture on organisation pages and the bar chart on “About the data” carry no text of
            their own; the list and the table next to them carry the same information.
          </li>
        </ul>
      </Part>
      <Part id="feedback" title="Reporting a problem">
        <p>
          If you find a problem not listed here, or need information in another format, write to{" "}
          <a href={`mailto:${contact}?subject=${encodeURIComponent("Accessibility of Integration Atlas")}`}>
            {contact}
          </a>
          . Say which page (its address) and what went wrong.
        </p>
        <p>
          You can also read how the data is gathered on{" "}
          <Link href="/about" prefetch={false}>
            about the data
          </Link>
          .
        </p>
      </Part>
    </div>
  );
}
