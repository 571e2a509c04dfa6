import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { InflationBudget, InflationLimitError, type InflationLimits } from '../files/inflation';
import { BackupError } from './format';

/** A line longer than this is not a dump (a row of this server is a few KB at most; statements are cut at 4 MB). */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/**
 * How far a dump may inflate: far beyond a county's database (tens of MB), far below a bomb.
 * Rows of JSON deflate about 10×; a gzip bomb 1,000×.
 */
export const DUMP_LIMITS: InflationLimits = {
  maxEntryBytes: 32 * 1024 ** 3,
  maxTotalBytes: 32 * 1024 ** 3,
  maxRatio: 200,
  ratioGraceBytes: 64 * 1024 * 1024,
};

export interface DumpLine {
  /** 1-based line number, for messages. */
  no: number;
  value: unknown;
  /** Length of the line's text (to size statements). */
  size: number;
}

/**
 * The JSON values of a gzip'd NDJSON file, one per line, streamed (constant memory whatever
 * the file size). A broken gzip stream (truncated, corrupt: zlib checks the CRC) or a line that
 * is not JSON raises a BackupError naming the line.
 */
export async function* readDumpLines(
  file: string,
  limits: InflationLimits = DUMP_LIMITS,
  maxLineChars = MAX_LINE_CHARS,
): AsyncGenerator<DumpLine> {
  const source = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  // Inflated bytes counted as they stream (files/inflation.ts): a bomb stops at the first limit.
  const inflated = gunzip.pipe(new InflationBudget(limits, '备份文件').meter('备份内容', () => source.bytesRead));
  source.on('error', (error) => gunzip.destroy(error));
  gunzip.on('error', (error) => inflated.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let no = 0;
  const parse = (text: string): DumpLine => {
    no += 1;
    try {
      return { no, value: JSON.parse(text), size: text.length };
    } catch {
      throw new BackupError(`备份文件第 ${no} 行不是有效的 JSON / line ${no} of the dump is not valid JSON`);
    }
  };
  try {
    for await (const chunk of inflated as AsyncIterable<Buffer>) {
      // Only the new text is split: a long line grows `rest` without being copied again each chunk.
      const parts = decoder.write(chunk).split('\n');
      parts[0] = rest + parts[0];
      rest = parts.pop() ?? '';
      if (rest.length > maxLineChars)
        throw new BackupError(`备份文件第 ${no + 1} 行过长 / line ${no + 1} of the dump is too long`);
      for (const part of parts) if (part) yield parse(part);
    }
    rest += decoder.end();
    if (rest.trim()) yield parse(rest);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    if (error instanceof InflationLimitError)
      throw new BackupError(
        `${error.message} / the dump inflates beyond its limits (${error.limit}): refused as a decompression bomb`,
      );
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new BackupError(`找不到备份文件 ${file} / dump file not found: ${file}`);
    if (
      code?.startsWith('Z_') ||
      /unexpected end of file|incorrect header check/i.test(String((error as Error).message))
    )
      throw new BackupError(
        `备份文件已损坏或不完整（gzip: ${(error as Error).message}）/ the dump is corrupt or truncated (gzip: ${(error as Error).message})`,
      );
    throw error;
  } finally {
    source.destroy();
    gunzip.destroy();
    inflated.destroy();
  }
}
