// Atom feed of data releases: one entry per release, its changes in words (/releases.atom, /de/releases.atom, …).
import { getRelease, listReleases } from "../catalogue/releases";
import { releaseChangeParts } from "../format/release-fields";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { escapeXml, feedStart, localUrl } from "./atom";

/** Entries carry at most this many change lines; the release page has them all. */
const LINES_PER_ENTRY = 40;

type Change = { kind: string; projectName: string; field: string | null; before: string | null; after: string | null };

// Field labels and stored values come from lib/format/release-fields.ts (English until it takes a language).
function changeLine(c: Change, t: ReturnType<typeof translator<"Feed">>) {
  if (c.kind !== "changed" || c.field === null) return t("project", { project: c.projectName, kind: c.kind });
  const p = releaseChangeParts({ ...c, field: c.field });
  const change =
    p.how === "reworded"
      ? t("reworded", { label: p.label })
      : p.how === "value"
        ? t("value", { label: p.label, before: p.before, after: p.after })
        : t("item", { label: p.label, how: p.how, item: p.item ?? "" });
  return t("field", { project: c.projectName, change });
}

export async function releasesFeed(limit = 20, locale: Locale = DEFAULT_LOCALE): Promise<string> {
  const t = translator(locale, "Feed");
  const releases = (await listReleases()).slice(0, limit);
  const entries = await Promise.all(
    releases.map(async (r) => {
      const url = localUrl(locale, `/releases/${r.id}`);
      const changes = (await getRelease(r.id))?.changes ?? [];
      const lines = changes.slice(0, LINES_PER_ENTRY).map((c) => changeLine(c, t));
      if (changes.length > LINES_PER_ENTRY) lines.push(t("more", { count: changes.length - LINES_PER_ENTRY, url }));
      const title = t("releaseTitle", { id: String(r.id), added: r.added, removed: r.removed, changed: r.changed });
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${r.releasedAt.toISOString()}</updated>
    <summary>${escapeXml(t("releaseSummary", { projects: r.projects, changes: lines.join("\n") || t("noChange") }))}</summary>
  </entry>`;
    }),
  );
  const self = localUrl(locale, "/releases.atom");
  return `<?xml version="1.0" encoding="utf-8"?>
${feedStart(locale)}
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(t("releasesTitle"))}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(localUrl(locale, "/releases"))}"/>
  <updated>${(releases[0]?.releasedAt ?? new Date(0)).toISOString()}</updated>
  <author><name>${escapeXml(translator(locale, "Site")("name"))}</name></author>
${entries.join("\n")}
</feed>
`;
}
