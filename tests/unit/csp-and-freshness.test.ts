// The CSP's inline hashes and the freshness of public responses: pure functions behind the HTTP layer.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { secondsUntilNextDay } from "@/lib/catalogue/catalogue-day";
import { publicCacheControl } from "@/lib/server/freshness";
import { inlineHashes } from "@/lib/server/inline-hashes";

const h = (text: string) => createHash("sha256").update(text).digest("base64");

describe("inlineHashes", () => {
  it.each([
    ["an inline script", "<script>a()</script>", [h("a()")], []],
    ["a script with attributes", '<script id="x" async="">b()</script>', [h("b()")], []],
    ["an external script (allowed by 'self')", '<script src="/_next/x.js" async=""></script>', [], []],
    ["a JSON-LD data block (never executed)", '<script type="application/ld+json">{"a":1}</script>', [], []],
    ["a module script", '<script type="module">c()</script>', [h("c()")], []],
    ["an inline style", "<style>p{color:red}</style>", [], [h("p{color:red}")]],
    ["the same script twice (listed once)", "<script>d()</script><script>d()</script>", [h("d()")], []],
    ["non-ASCII text (hashed as UTF-8)", "<script>e('€ Łódź')</script>", [h("e('€ Łódź')")], []],
  ])("%s", (_name, html, scripts, styles) => {
    expect(inlineHashes(html)).toEqual({ scripts, styles });
  });
});

describe("publicCacheControl", () => {
  it.each([
    ["midday: full lifetimes", "2026-11-30T12:00:00Z", "public, max-age=60, s-maxage=300, stale-while-revalidate=300"],
    [
      "ten minutes before midnight: stale use ends at midnight",
      "2026-11-30T23:50:00Z",
      "public, max-age=60, s-maxage=300, stale-while-revalidate=300",
    ],
    [
      "four minutes before midnight: fresh until midnight only",
      "2026-11-30T23:56:00Z",
      "public, max-age=60, s-maxage=240",
    ],
    ["thirty seconds before midnight", "2026-11-30T23:59:30Z", "public, max-age=30, s-maxage=30"],
  ])("%s", (_name, now, expected) => {
    expect(publicCacheControl(new Date(now))).toBe(expected);
  });

  it("never lets anything stay fresh past the next day boundary", () => {
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const now = new Date(Date.UTC(2026, 10, 30, 0, minute, 13));
      const directives = Object.fromEntries(
        publicCacheControl(now)
          .split(", ")
          .slice(1)
          .map((d) => d.split("="))
          .map(([k, v]) => [k, Number(v)]),
      );
      const untilTomorrow = secondsUntilNextDay(now);
      expect(directives["s-maxage"] + (directives["stale-while-revalidate"] ?? 0)).toBeLessThanOrEqual(untilTomorrow);
      expect(directives["max-age"]).toBeLessThanOrEqual(directives["s-maxage"]);
    }
  });
});
