// Money for a European English reader: "€ 1,293,843"; unknown amounts are "not stated".

const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

export function formatEuros(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? "not stated" : `€ ${grouped.format(amount)}`;
}

/** Compact form for headlines and previews: "€ 4.3 M", "€ 870 k". */
export function formatEurosCompact(amount: number): string {
  if (amount >= 1_000_000_000) return `€ ${(amount / 1_000_000_000).toFixed(1)} bn`;
  if (amount >= 1_000_000) return `€ ${(amount / 1_000_000).toFixed(1)} M`;
  if (amount >= 1_000) return `€ ${Math.round(amount / 1_000)} k`;
  return `€ ${amount}`;
}

/** Share of the grant in the total budget, e.g. 0.75 → "75.0 %"; null when either amount is unknown. */
export function cofinancingRate(total: number | null, grant: number | null): number | null {
  if (total === null || grant === null || total === 0) return null;
  return grant / total;
}

export function formatPercent(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}

export function formatCount(n: number): string {
  return grouped.format(n);
}
