import ExcelJS from 'exceljs';
import { cellText, type Cell, type ColumnSpec } from './cells';
import { addSheetRow } from '../core/sheet-row';

export const MAX_ROWS = 5000;

/** A template: the header row (required columns marked *), one example row, and notes. */
export async function templateWorkbook(title: string, columns: ColumnSpec<never>[], notes: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title);
  addSheetRow(sheet, columns.map((c) => (c.required ? `${c.header}*` : c.header))).font = { bold: true };
  addSheetRow(sheet, columns.map((c) => c.example));
  sheet.getRow(2).font = { color: { argb: 'FF888888' } };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(12, c.header.length * 2 + 4)));
  const help = book.addWorksheet('填写说明');
  for (const line of ['第1行为表头（带*为必填），第2行为示例，导入前请删除示例行。', ...notes]) addSheetRow(help, [line]);
  help.getColumn(1).width = 100;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface SheetRows {
  headers: string[];
  /** Excel row number → header → cell text, non-empty rows only */
  rows: { row: number; cells: Map<string, string> }[];
}

/** Reads the first worksheet; headers lose their * mark. Throws a Chinese message on a bad file. */
export async function readSheet(file: Buffer): Promise<SheetRows> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as never);
  } catch {
    throw new Error('文件不是有效的 Excel（.xlsx）工作簿');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('工作簿中没有工作表');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = cellText(cell.value as Cell).replace(/\*$/, '')));
  const rows: SheetRows['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = new Map<string, string>();
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const header = headers[col - 1];
      const text = cellText(cell.value as Cell);
      if (header && text) cells.set(header, text);
    });
    if (cells.size > 0) rows.push({ row: number, cells });
  });
  if (rows.length > MAX_ROWS) throw new Error(`一次最多导入 ${MAX_ROWS} 行，本文件有 ${rows.length} 行`);
  return { headers: headers.filter(Boolean), rows };
}
