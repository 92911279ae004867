// Shortening text for previews and lists: whole words only, with an ellipsis.

/** At most `max` characters, cut at the last word boundary (and trailing punctuation) before it, then "…". */
export function clipWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max); // one character is left for the ellipsis below
  const space = room.lastIndexOf(" ", max - 1);
  // A single word longer than max has no boundary: cut it, still marked.
  const cut = space > max / 3 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
