// Page references of a source document as printed in content ("P. 06", "p. 12", "12-13") → "p. 6", "pp. 12–13".

/** "P. 06", "P. 07" → "pp. 6–7"; "P. 12" → "p. 12"; "P. 3", "P. 9" → "pp. 3, 9"; [] → null. */
export function formatSourcePages(pages: readonly string[]): string | null {
  const numbers: number[] = [];
  const other: string[] = [];
  for (const raw of pages) {
    const range = /^(?:pp?\.?\s*)?0*(\d+)(?:\s*[-–]\s*0*(\d+))?$/i.exec(raw.trim());
    if (!range) {
      other.push(raw.trim());
      continue;
    }
    const from = Number(range[1]);
    const to = range[2] ? Number(range[2]) : from;
    for (let n = from; n <= to && n - from < 1000; n++) numbers.push(n);
  }
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  // Consecutive pages join into ranges: 6, 7, 8, 11 → "6–8, 11".
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const parts = [...runs, ...other];
  if (parts.length === 0) return null;
  const plural = sorted.length + other.length > 1;
  return `${plural ? "pp." : "p."} ${parts.join(", ")}`;
}
