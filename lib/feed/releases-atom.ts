// Atom feed of data releases: one entry per release, its changes in words (/releases.atom).
import { getRelease, listReleases } from "../catalogue/releases";
import { absoluteUrl } from "../config";
import { describeReleaseChange } from "../format/release-fields";
import { escapeXml } from "./atom";

/** Entries carry at most this many change lines; the release page has them all. */
const LINES_PER_ENTRY = 40;

function changeLine(c: {
  kind: string;
  projectName: string;
  field: string | null;
  before: string | null;
  after: string | null;
}) {
  if (c.kind !== "changed") return `${c.projectName} — project ${c.kind}`;
  return `${c.projectName} — ${describeReleaseChange(c)}`;
}

export async function releasesFeed(limit = 20): Promise<string> {
  const releases = (await listReleases()).slice(0, limit);
  const entries = await Promise.all(
    releases.map(async (r) => {
      const url = absoluteUrl(`/releases/${r.id}`);
      const changes = (await getRelease(r.id))?.changes ?? [];
      const lines = changes.slice(0, LINES_PER_ENTRY).map(changeLine);
      if (changes.length > LINES_PER_ENTRY) lines.push(`… and ${changes.length - LINES_PER_ENTRY} more on ${url}`);
      const title = `Data release ${r.id}: ${r.added} added, ${r.removed} removed, ${r.changed} changed`;
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${r.releasedAt.toISOString()}</updated>
    <summary>${escapeXml(`${r.projects} projects. ${lines.join("\n") || "No compared field changed."}`)}</summary>
  </entry>`;
    }),
  );
  const self = absoluteUrl("/releases.atom");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(self)}</id>
  <title>Integration Atlas: data releases</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl("/releases"))}"/>
  <updated>${(releases[0]?.releasedAt ?? new Date(0)).toISOString()}</updated>
  <author><name>Integration Atlas</name></author>
${entries.join("\n")}
</feed>
`;
}
