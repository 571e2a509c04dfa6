import { exportCell } from '@cppcc/domain';

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted; CRLF line ends. Each value
 * first passes the shared export rule, so text like =HYPERLINK(…) cannot run as a formula.
 */
export function toCsv(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = String(exportCell(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
}
