import path from 'node:path';
import ExcelJS from 'exceljs';
import { WorkerPool, WorkerTaskError } from '../core/worker-pool';
import { checkZip, type ZipLimits } from '../files/zip-limits';
import { InflationLimitError } from '../files/inflation';
import { cellText, type Cell, type ColumnSpec } from './cells';
import { addSheetRow } from '../core/sheet-row';

export const MAX_ROWS = 5000;

/** A template: the header row (required columns marked *), one example row, and notes. */
export async function templateWorkbook(title: string, columns: ColumnSpec<never>[], notes: string[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(title);
  addSheetRow(
    sheet,
    columns.map((c) => (c.required ? `${c.header}*` : c.header)),
  ).font = { bold: true };
  addSheetRow(
    sheet,
    columns.map((c) => c.example),
  );
  sheet.getRow(2).font = { color: { argb: 'FF888888' } };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(12, c.header.length * 2 + 4)));
  const help = book.addWorksheet('填写说明');
  for (const line of ['第1行为表头（带*为必填），第2行为示例，导入前请删除示例行。', ...notes])
    addSheetRow(help, [line]);
  help.getColumn(1).width = 100;
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface SheetRows {
  headers: string[];
  /** Excel row number → header → cell text, non-empty rows only */
  rows: { row: number; cells: Map<string, string> }[];
}

/** What an uploaded workbook may inflate to: a 5,000-row sheet is a few MB of XML. */
export const WORKBOOK_LIMITS: ZipLimits = {
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 1000,
};

// Two parses at a time (the machine's cores serve requests too), a few more waiting; a heap
// limit so that a workbook too complex to parse ends its worker, not the server.
const parsers = new WorkerPool<
  { file: Uint8Array; maxRows: number },
  { header: unknown[]; rows: { row: number; values: unknown[] }[] }
>(path.join(__dirname, 'workbook-worker.js'), {
  size: 2,
  maxQueued: 6,
  timeoutMs: 60_000,
  resourceLimits: { maxOldGenerationSizeMb: 512 },
  busyMessage: '同时导入的文件过多，请稍后再试',
});

/**
 * Reads the first worksheet; headers lose their * mark. The zip is checked against
 * WORKBOOK_LIMITS first (a bomb is refused without being inflated), then parsed in a worker.
 * Throws InflationLimitError or WorkerTaskError with a Chinese message on a bad file, and
 * RATE_LIMITED when too many are being parsed.
 */
export async function readSheet(file: Buffer): Promise<SheetRows> {
  try {
    await checkZip(file, WORKBOOK_LIMITS);
  } catch (error) {
    if (error instanceof InflationLimitError && error.limit === 'format')
      throw new InflationLimitError('文件不是有效的 Excel（.xlsx）工作簿', 'format');
    throw error;
  }
  let sheet: Awaited<ReturnType<typeof parsers.run>>;
  try {
    sheet = await parsers.run({ file, maxRows: MAX_ROWS });
  } catch (error) {
    if (error instanceof WorkerTaskError && (error.reason === 'timeout' || error.reason === 'out-of-memory')) {
      throw new WorkerTaskError(`工作簿过大或过于复杂，无法解析（${error.message}）`, 'failed');
    }
    throw error;
  }
  const headers: string[] = [];
  sheet.header.forEach((value, col) => (headers[col - 1] = cellText(value as Cell).replace(/\*$/, '')));
  const rows: SheetRows['rows'] = [];
  for (const { row, values } of sheet.rows) {
    const cells = new Map<string, string>();
    values.forEach((value, col) => {
      const header = headers[col - 1];
      const text = cellText(value as Cell);
      if (header && text) cells.set(header, text);
    });
    if (cells.size > 0) rows.push({ row, cells });
  }
  return { headers: headers.filter(Boolean), rows };
}
