/**
 * The one rule for a text cell in any export (console CSV, server xlsx): text that a spreadsheet
 * (Excel, WPS, LibreOffice) would read as a formula — a leading =, +, -, @, tab or carriage
 * return, per OWASP's CSV-injection guidance — gets a leading apostrophe, so it stays text.
 * Numbers are returned as they are: they must stay numeric cells (a negative count is -3, not '-3).
 * Empty values become ''.
 */
export function exportCell(value: string | number | null | undefined): string | number {
  if (value == null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const FORMULA_START = /^[=+\-@\t\r]/;
