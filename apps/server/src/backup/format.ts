/**
 * The portable dump: one gzip'd NDJSON file (one JSON value per line).
 *
 *   {"format":"cppcc-backup","version":1,"createdAt":"…","source":"sqlite","migrations":[…],"tables":[…]}
 *   {"table":"township","columns":["id","version",…],"rows":18,"sequence":18}
 *   [1,3,"2026-01-01T08:00:00.000Z",…]          ← one array per row, in `columns` order, by primary key
 *   …
 *   {"table":"sector",…}
 *   …
 *   {"file":"3f…e1","size":48213,"sha256":"…","chunks":1}   ← version 2: each file of the store an
 *   "JVBERi0xLjcK…"                                             attachment row names, its bytes in
 *   …                                                           base64 lines of at most 1 MB raw
 *   {"end":true,"tables":25,"rows":40123,"files":3}
 *
 * Tables come parents first (foreign keys of the entity metadata), so a dump also loads with
 * foreign-key checks on; restore nevertheless turns them off for its own connection and checks
 * every foreign key afterwards (see restore.ts). Values are dialect-neutral (values.ts): dates
 * 'YYYY-MM-DD', datetimes ISO 8601 in UTC, booleans true/false, decimals numbers.
 *
 * Version 2 added the file lines after the tables; a version 1 dump (no files) still restores.
 */
export const DUMP_FORMAT = 'cppcc-backup';
export const DUMP_VERSION = 2;

/** Raw bytes per base64 line of a file. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

export interface DumpHeader {
  format: typeof DUMP_FORMAT;
  version: number;
  /** When the dump was taken (ISO). */
  createdAt: string;
  /** Dialect the dump was taken from (information only: restore accepts either). */
  source?: string;
  /** Names of the migrations applied to the source, in order. */
  migrations: string[];
  /** Table names, in the order they follow in the file. */
  tables: string[];
}

export interface DumpTableLine {
  table: string;
  /** Database column names; every row array holds its values in this order. */
  columns: string[];
  /** Number of row lines that follow (a check against truncation). */
  rows: number;
  /** Last value handed out by the table's id sequence (AUTOINCREMENT / AUTO_INCREMENT), if any. */
  sequence?: number | null;
}

/** A file of the store follows in `chunks` lines, each a JSON string of base64 (version 2). */
export interface DumpFileLine {
  file: string;
  size: number;
  sha256: string;
  chunks: number;
}

export interface DumpEndLine {
  end: true;
  tables: number;
  rows: number;
  /** Files in the dump (version 2). */
  files?: number;
}

/** Refusals and broken dumps: the CLIs print the message alone (no stack trace). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export function isDumpHeader(value: unknown): value is DumpHeader {
  const v = value as DumpHeader;
  return !!v && typeof v === 'object' && !Array.isArray(v) && v.format === DUMP_FORMAT;
}

export function isDumpFileLine(value: unknown): value is DumpFileLine {
  const v = value as DumpFileLine;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.file === 'string' &&
    typeof v.sha256 === 'string' &&
    Number.isInteger(v.size) &&
    Number.isInteger(v.chunks) &&
    v.chunks >= 0
  );
}
