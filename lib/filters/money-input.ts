// Amounts of euros as people type them: "1,000,000", "1 000 000", "1.000.000", "1.5m", "€1.5 M", "250k", "2 million".
// Whole euros or null when the text is not an amount (the caller drops it with a notice).

const MULTIPLIERS: Record<string, number> = {
  "": 1,
  k: 1e3,
  thousand: 1e3,
  tsd: 1e3,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  billions: 1e9,
};

/** Reads the digits of an amount: thousands grouped by "," "." or spaces; a lone "," or "." before 1–2 digits, or before any digits when a multiplier follows, is the decimal mark. */
function readNumber(text: string, scaled: boolean): number | null {
  if (!/^\d[\d.,]*$/.test(text)) return null;
  const marks = text.replace(/\d/g, "");
  if (marks === "") return Number(text);
  const last = Math.max(text.lastIndexOf(","), text.lastIndexOf("."));
  const [whole, fraction] = [text.slice(0, last), text.slice(last + 1)];
  const grouped = (s: string, mark: string) => new RegExp(`^\\d{1,3}(\\${mark}\\d{3})*$`).test(s);
  // One kind of mark only, every group of three digits: thousands ("1,000,000", "1.000"), unless a multiplier follows
  // ("1.500m" reads as 1.5 million).
  if (new Set(marks).size === 1 && grouped(text, marks[0]) && !(scaled && marks.length === 1))
    return Number(text.replace(/[.,]/g, ""));
  // Otherwise the last mark is the decimal one and the other kind, if any, groups thousands.
  const thousands = whole.replace(/\d/g, "");
  if (thousands && (new Set(thousands).size > 1 || thousands[0] === text[last] || !grouped(whole, thousands[0])))
    return null;
  if (!/^\d+$/.test(fraction)) return null;
  return Number(`${whole.replace(/[.,]/g, "")}.${fraction}`);
}

export function parseEuros(input: string): number | null {
  const text = input
    .toLowerCase()
    .replace(/[\s\u00a0\u202f\u2009']+/g, "") // spaces of every kind and apostrophes group thousands
    .replace(/^(€|eur|euros?)|(€|eur|euros?)$/g, "");
  const match = /^(\d[\d.,]*)([a-z]*)$/.exec(text);
  if (!match) return null;
  const [, digits, unit] = match;
  const multiplier = MULTIPLIERS[unit];
  if (multiplier === undefined) return null;
  const value = readNumber(digits, multiplier !== 1);
  if (value === null || !Number.isFinite(value)) return null;
  return Math.round(value * multiplier);
}
