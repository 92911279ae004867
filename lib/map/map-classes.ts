// Shading classes of the country map: up to five ranges of project counts, coloured from ColorBrewer's sequential
// "Blues" (d3-scale-chromatic). The two palest Blues are skipped so that the lowest class stays clearly apart from the
// hatched grey of "no projects" (at least 1.6:1 against it, and different in pattern as well as colour).
import { schemeBlues } from "d3-scale-chromatic";

export type MapClass = { from: number; to: number; colour: string; label: string };

const MAX_CLASSES = 5;

/** Classes covering 1…max in roughly equal steps of whole numbers, e.g. max 9 → 1–2, 3–4, 5, 6–7, 8–9. */
export function mapClasses(max: number): MapClass[] {
  if (max < 1) return [];
  const k = Math.min(MAX_CLASSES, max);
  const colours = schemeBlues[Math.max(3, k + 2)].slice(2).slice(-k);
  const classes: MapClass[] = [];
  let from = 1;
  for (let i = 0; i < k; i++) {
    const to = i === k - 1 ? max : Math.max(from, Math.round((max * (i + 1)) / k));
    classes.push({ from, to, colour: colours[i], label: from === to ? String(from) : `${from}–${to}` });
    from = to + 1;
    if (from > max) break;
  }
  return classes;
}

/** The class a count falls in; null for 0 (no projects). */
export function classOf(count: number, classes: MapClass[]): MapClass | null {
  if (count < 1) return null;
  return classes.find((c) => count >= c.from && count <= c.to) ?? classes.at(-1) ?? null;
}

/** n colours of the same palette, darkest first, for the series of a chart (e.g. strands in a stacked bar). */
export function seriesColours(n: number): string[] {
  return [...schemeBlues[Math.min(9, Math.max(3, n + 2))].slice(2)].reverse().slice(0, n);
}
