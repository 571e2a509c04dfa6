import type ExcelJS from 'exceljs';
import { exportCell } from '@cppcc/domain';

/**
 * Every row a server workbook writes goes through here: text cells pass the shared export rule
 * (a name like =HYPERLINK(…) stays text), numbers stay numeric cells.
 */
export function addSheetRow(sheet: ExcelJS.Worksheet, values: (string | number | null | undefined)[]): ExcelJS.Row {
  return sheet.addRow(values.map(exportCell));
}
