// Ready-made citations of a project page: plain text and BibTeX.
import type { ProjectPageData } from "../catalogue/get-project";
import { absoluteUrl } from "../config";
import { sourceCitation } from "../format/source-name";

function years(start: string | null, end: string | null): string | null {
  const a = start?.slice(0, 4);
  const b = end?.slice(0, 4);
  if (!a || !b || a === b) return a || b || null;
  return `${a}–${b}`;
}

const bibEscape = (s: string) => s.replace(/([{}%&$#_^\\])/g, "\\$1");

export function citations({ project: p, programmes }: ProjectPageData, accessed: Date) {
  const url = absoluteUrl(`/projects/${p.slug}`);
  const date = accessed.toISOString().slice(0, 10);
  const programme = programmes.at(-1)?.name ?? "funding programme not stated";
  const period = years(p.startText, p.endText);
  const name = p.acronym && p.acronym.toLowerCase() !== p.title.toLowerCase() ? `${p.acronym}: ${p.title}` : p.title;
  // The source by title, publisher and pages (readers cannot look up our file names).
  const source = sourceCitation(p.sourceDocument, p.sourcePages);
  const text = `${name}. ${programme}${period ? `, ${period}` : ""}. Integration Atlas, after “${source}”. ${url} (accessed ${date}).`;
  const bibtex = [
    `@misc{atlas-${p.slug},`,
    `  title = {${bibEscape(name)}},`,
    `  howpublished = {Integration Atlas},`,
    ...(period ? [`  year = {${period.replace("–", "--")}},`] : []),
    `  note = {${bibEscape(`${programme}. Source: ${source}`)}},`,
    `  url = {${url}},`,
    `  urldate = {${date}}`,
    `}`,
  ].join("\n");
  return { text, bibtex };
}
