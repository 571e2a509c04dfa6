import { isMultilineField, isValidDate, normaliseText, textProblem, type FieldError } from '@cppcc/domain';

// Plain conversions of spreadsheet cells to API input values; each says what is wrong in Chinese.

export type Cell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { text?: string; result?: unknown; richText?: { text: string }[] };

/** The text of a cell as a person typed it (rich text, formulas and hyperlinks flattened). */
export function cellText(cell: Cell): string {
  if (cell == null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') {
    if (Array.isArray(cell.richText))
      return cell.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (cell.result != null) return cellText(cell.result as Cell);
    return String(cell.text ?? '').trim();
  }
  return String(cell).trim();
}

/** 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 or an Excel date → YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isValidDate(iso) ? iso : null;
}

/** A label (男, 在任 …) or the code itself (MALE, ACTIVE …) → the code. */
export function parseEnum<T extends string>(text: string, labels: Readonly<Record<T, string>>): T | null {
  const upper = text.toUpperCase();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (text === label || upper === code) return code;
  }
  return null;
}

export function parseCount(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : null;
}

/** Names separated by 、，, ; or spaces. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface ColumnSpec<I> {
  header: string;
  field: string;
  required?: boolean;
  example: string;
  /** Sets the input field from the cell text; returns a problem message or null. */
  apply(text: string, input: I, lookups: Lookups): string | null;
}

/** Names the import resolves to ids, loaded once per file. */
export interface Lookups {
  townships: Map<string, number>;
  sectors: Map<string, number>;
  /** member name → ids (several when names repeat), per township id */
  membersByTownship: Map<number, Map<string, number[]>>;
}

export interface RowProblem extends FieldError {
  row: number;
  column: string;
}

/** Converts one sheet row (header → cell text) with the columns' rules. */
export function convertRow<I extends object>(
  row: number,
  cells: Map<string, string>,
  columns: ColumnSpec<I>[],
  lookups: Lookups,
  input: I,
): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const column of columns) {
    const text = cells.get(column.header) ?? '';
    if (!text) {
      if (column.required)
        problems.push({
          row,
          column: column.header,
          field: `input.${column.field}`,
          message: `${column.header}不能为空`,
        });
      continue;
    }
    // the API's text rule (text-hygiene.ts), before any column parses the text
    const problem = textProblem(text, isMultilineField(column.field));
    if (problem) {
      problems.push({
        row,
        column: column.header,
        field: `input.${column.field}`,
        message: `${column.header}${problem}`,
      });
      continue;
    }
    const message = column.apply(normaliseText(text), input, lookups);
    if (message) problems.push({ row, column: column.header, field: `input.${column.field}`, message });
  }
  return problems;
}
