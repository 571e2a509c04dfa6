import { neutraliseText } from './text';

/**
 * The one rule for a text cell in any export (console CSV, server xlsx): text that a spreadsheet
 * (Excel, WPS, LibreOffice) would read as a formula — a leading =, +, -, @, tab or carriage
 * return, per OWASP's CSV-injection guidance — gets a leading apostrophe, so it stays text.
 * Numbers are returned as they are: they must stay numeric cells (a negative count is -3, not '-3).
 * Empty values become ''. Control and bidi-override characters that old rows may hold are
 * neutralised first (neutraliseText), so they can neither act nor reorder what a reader sees.
 */
export function exportCell(value: string | number | null | undefined): string | number {
  if (value == null) return '';
  if (typeof value === 'number') return value;
  // CR stays: CRLF line breaks of multi-line text are text, and a leading CR is guarded below.
  const text = value.split('\r').map(neutraliseText).join('\r');
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;
