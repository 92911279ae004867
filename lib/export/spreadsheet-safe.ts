// Cells that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) get a leading apostrophe,
// as OWASP recommends against CSV injection. Numbers stay numbers.
export function spreadsheetSafe(value: string | number | null): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
