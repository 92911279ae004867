// File sizes as people read them: bytes below 1 kB, then kB and MB (decimal units, one decimal below 10).
const UNITS = ["kB", "MB", "GB"] as const;

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  let value = bytes;
  let unit: (typeof UNITS)[number] = "kB";
  for (const u of UNITS) {
    value /= 1000;
    unit = u;
    if (value < 1000) break;
  }
  return `${value.toLocaleString("en-GB", { maximumFractionDigits: value < 10 ? 1 : 0 })} ${unit}`;
}
