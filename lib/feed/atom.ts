// Atom feed of the newest projects for any /projects view: follow "new projects in Croatia about employment".
import { newestProjects } from "../catalogue/newest-projects";
import { absoluteUrl } from "../config";
import { describeFilters } from "../filters/describe-filters";
import { toCanonicalSearch, type ProjectFilters } from "../filters/project-filters";

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

export async function atomFeed(filters: ProjectFilters, limit = 50): Promise<string> {
  const rows = await newestProjects(filters, limit);
  const query = toCanonicalSearch({ ...filters, page: 1, sort: filters.q ? "relevance" : "name" });
  const { short, long } = describeFilters(filters);
  const title = `Integration Atlas: new projects${short.length || long ? ` — ${[...short, long].filter(Boolean).join(" · ")}` : ""}`;
  const updated = (rows[0]?.created_at ?? new Date(0)).toISOString();
  const entries = rows.map((r) => {
    const url = absoluteUrl(`/projects/${r.slug}`);
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(r.acronym && r.acronym.toLowerCase() !== r.title.toLowerCase() ? `${r.acronym} — ${r.title}` : r.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${r.created_at.toISOString()}</updated>
    <summary>${escapeXml(r.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${escapeXml(absoluteUrl(`/feed.xml${query}`))}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(`/feed.xml${query}`))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(`/projects${query}`))}"/>
  <updated>${updated}</updated>
  <author><name>Integration Atlas</name></author>
${entries.join("\n")}
</feed>
`;
}
