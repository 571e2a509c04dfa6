import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const SHEET = 'xl/worksheets/sheet1.xml';
const ROW = '<row><c t="inlineStr"><is><t>炸弹</t></is></c></row>';

/** The inflated worksheet, produced 1 MB at a time so that the test never holds it whole. */
function hugeSheet(bytes: number): Readable {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const chunk = Buffer.from(ROW.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(ROW))));
  return Readable.from(
    (function* () {
      yield Buffer.from(head);
      for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
      yield Buffer.from('</sheetData></worksheet>');
    })(),
  );
}

export interface XlsxBomb {
  /** Central directory declares the true inflated size (what zip tools write). */
  honest: Buffer;
  /** The same file whose central directory claims the sheet inflates to 1 KB. */
  lying: Buffer;
  inflatedBytes: number;
}

/**
 * A real workbook (from exceljs) whose first worksheet is replaced by `inflatedBytes` of
 * repetitive rows: a file of about a megabyte that inflates to hundreds.
 */
export async function xlsxBomb(inflatedBytes = 400 * 1024 * 1024): Promise<XlsxBomb> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('导入').addRow(['姓名*', '性别*']);
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  zip.file(SHEET, hugeSheet(inflatedBytes));
  const parts: Buffer[] = [];
  await new Promise<void>((resolve, reject) =>
    zip
      .generateNodeStream({ compression: 'DEFLATE', compressionOptions: { level: 9 }, streamFiles: true })
      .on('data', (d: Buffer) => parts.push(d))
      .on('end', resolve)
      .on('error', reject),
  );
  const honest = Buffer.concat(parts);
  return { honest, lying: withDeclaredSize(honest, SHEET, 1024), inflatedBytes };
}

/** A copy of `zip` whose central directory entry `name` declares `size` uncompressed bytes. */
function withDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  for (
    let at = copy.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    at >= 0;
    at = copy.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'), at - 1)
  ) {
    const nameLength = copy.readUInt16LE(at + 28);
    if (copy.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
  }
  throw new Error(`${name} is not in the zip`);
}
