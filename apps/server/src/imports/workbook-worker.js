// @ts-check
'use strict';
// Parses an uploaded .xlsx off the server's event loop (a worker of core/worker-pool.ts). Plain
// JavaScript so that the same file runs from apps/server/dist and, under the tests, from src.
// The file was checked by files/zip-limits.ts before it got here. It answers the first sheet's
// raw cell values; imports/workbook.ts turns them into text.
const { parentPort } = require('node:worker_threads');
const ExcelJS = require('exceljs');
/** @param {{ file: Uint8Array, maxRows: number }} input */
async function readFirstSheet({ file, maxRows }) {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(/** @type {never} */ (Buffer.from(file.buffer, file.byteOffset, file.byteLength)));
  } catch {
    throw new Error('文件不是有效的 Excel（.xlsx）工作簿');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('工作簿中没有工作表');
  /** @type {{ row: number, values: unknown[] }[]} */
  const rows = [];
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    count += 1;
    if (count <= maxRows) rows.push({ row: number, values: /** @type {unknown[]} */ (row.values) });
  });
  if (count > maxRows) throw new Error(`一次最多导入 ${maxRows} 行，本文件有 ${count} 行`);
  return { header: /** @type {unknown[]} */ (sheet.getRow(1).values), rows };
}
parentPort?.on('message', (/** @type {{ id: number, input: never }} */ { id, input }) => {
  readFirstSheet(input).then(
    (value) => parentPort?.postMessage({ id, ok: true, value }),
    (error) =>
      parentPort?.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
