/**
 * Which attachments the platform keeps, decided by their content, never by the name or the
 * type the browser claims: an executable renamed .pdf is still refused. The server reads a
 * ZIP's entry names with its bomb-safe reader (apps/server/src/files/zip-limits.ts) and hands
 * them in; everything else is decided from the bytes alone.
 */
export interface FileKind {
  /** The MIME type stored and served (Content-Type). */
  mimeType: string;
  /** 中文名称, for messages. */
  label: string;
}

const PDF: FileKind = { mimeType: 'application/pdf', label: 'PDF 文档' };
const PNG: FileKind = { mimeType: 'image/png', label: 'PNG 图片' };
const JPEG: FileKind = { mimeType: 'image/jpeg', label: 'JPEG 图片' };
const GIF: FileKind = { mimeType: 'image/gif', label: 'GIF 图片' };
const WEBP: FileKind = { mimeType: 'image/webp', label: 'WebP 图片' };
const DOCX: FileKind = {
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'Word 文档',
};
const XLSX: FileKind = {
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'Excel 表格',
};
const PPTX: FileKind = {
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  label: 'PowerPoint 演示文稿',
};
/** Legacy .doc/.xls/.ppt share one container (OLE2); which of them it is does not matter for keeping it. */
const OLE2: FileKind = { mimeType: 'application/x-ole-storage', label: 'Office 97–2003 文档' };
const TEXT: FileKind = { mimeType: 'text/plain; charset=utf-8', label: '纯文本' };
const CSV: FileKind = { mimeType: 'text/csv; charset=utf-8', label: 'CSV 表格' };

/** What the refusal tells the user is allowed. */
export const ALLOWED_FILE_KINDS =
  'PDF、图片（PNG、JPEG、GIF、WebP）、Office 文档（Word、Excel、PowerPoint）、纯文本（.txt、.csv，UTF-8）';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** True when `bytes` begin a ZIP (local file header `PK\x03\x04`): the caller then lists its entries. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/** Well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF) without a NUL byte. */
export function isPlainUtf8Text(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return false;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

function officeKind(entries: readonly string[]): FileKind | null {
  if (!entries.includes('[Content_Types].xml')) return null;
  if (entries.some((e) => e.startsWith('word/'))) return DOCX;
  if (entries.some((e) => e.startsWith('xl/'))) return XLSX;
  if (entries.some((e) => e.startsWith('ppt/'))) return PPTX;
  return null;
}

/**
 * The kind of an uploaded file, or null when it is none the platform keeps. `zipEntries` are
 * the entry names of a ZIP (when `looksLikeZip`), read by the caller; `fileName` only tells
 * plain text from CSV, and only for content that is plain text.
 */
export function fileKindOf(
  bytes: Uint8Array,
  fileName: string,
  zipEntries?: readonly string[] | null,
): FileKind | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return GIF;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE2;
  if (looksLikeZip(bytes)) return zipEntries ? officeKind(zipEntries) : null;
  if (/\.(txt|csv)$/i.test(fileName) && isPlainUtf8Text(bytes)) return /\.csv$/i.test(fileName) ? CSV : TEXT;
  return null;
}

/**
 * An original file name as kept and shown: path separators and control characters removed
 * (a name is never a path), surrounding spaces and dots trimmed, at most 200 characters with
 * the extension kept. Null when nothing is left.
 */
export function cleanFileName(raw: string): string | null {
  // eslint-disable-next-line no-control-regex
  let name = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(/^[\s.]+|\s+$/g, '');
  if (!name) return null;
  const chars = [...name];
  if (chars.length > 200) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = chars.slice(0, 200 - [...ext].length).join('') + ext;
  }
  return name;
}
