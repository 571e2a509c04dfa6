import { describe, expect, it } from 'vitest';
import { cleanFileName, fileKindOf, isPlainUtf8Text, looksLikeZip } from './file-kinds';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('file kinds by content', () => {
  it('recognises PDF, PNG, JPEG, GIF, WebP and OLE2 Office by their magic bytes, whatever the name', () => {
    expect(fileKindOf(bytes('%PDF-1.7\n...'), 'x.bin')?.mimeType).toBe('application/pdf');
    expect(fileKindOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]), 'a.pdf')?.mimeType).toBe('image/png');
    expect(fileKindOf(bytes([0xff, 0xd8, 0xff, 0xe0]), 'a')?.mimeType).toBe('image/jpeg');
    expect(fileKindOf(bytes('GIF89a...'), 'a')?.mimeType).toBe('image/gif');
    expect(fileKindOf(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '), 'a')?.mimeType).toBe('image/webp');
    expect(fileKindOf(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'a.doc')?.mimeType).toBe(
      'application/x-ole-storage',
    );
  });

  it('refuses an executable renamed .pdf, an empty file and unknown bytes', () => {
    expect(fileKindOf(bytes('MZ', [0x90, 0, 3, 0]), '报告.pdf')).toBeNull();
    expect(fileKindOf(new Uint8Array(), 'a.txt')).toBeNull();
    expect(fileKindOf(bytes([0x7f], 'ELF'), 'a.png')).toBeNull();
    expect(fileKindOf(bytes('RIFF', [1, 2, 3, 4], 'WAVE'), 'a.webp')).toBeNull();
  });

  it('tells OOXML documents by their entries; a ZIP without them is refused', () => {
    const zip = bytes('PK', [3, 4, 0, 0]);
    expect(looksLikeZip(zip)).toBe(true);
    expect(fileKindOf(zip, 'a.docx', ['[Content_Types].xml', 'word/document.xml'])?.label).toBe('Word 文档');
    expect(fileKindOf(zip, 'a', ['[Content_Types].xml', 'xl/workbook.xml'])?.label).toBe('Excel 表格');
    expect(fileKindOf(zip, 'a', ['[Content_Types].xml', 'ppt/presentation.xml'])?.label).toBe('PowerPoint 演示文稿');
    expect(fileKindOf(zip, 'a.docx', ['word/document.xml'])).toBeNull();
    expect(fileKindOf(zip, 'a.zip', ['[Content_Types].xml', 'evil.exe'])).toBeNull();
    expect(fileKindOf(zip, 'a.docx')).toBeNull();
  });

  it('keeps .txt and .csv only when they are valid UTF-8 without NUL bytes', () => {
    const text = new TextEncoder().encode('关于乡村道路的建议\n第二行');
    expect(fileKindOf(text, '说明.txt')?.mimeType).toBe('text/plain; charset=utf-8');
    expect(fileKindOf(text, '名单.CSV')?.mimeType).toBe('text/csv; charset=utf-8');
    expect(fileKindOf(text, '说明.html')).toBeNull();
    expect(fileKindOf(bytes('a', [0], 'b'), 'a.txt')).toBeNull();
    expect(fileKindOf(bytes([0xc4, 0xe3, 0xba, 0xc3]), 'gbk.txt')).toBeNull(); // 你好 in GBK
    expect(isPlainUtf8Text(bytes([0xc0, 0x80]))).toBe(false); // overlong NUL
    expect(isPlainUtf8Text(bytes([0xed, 0xa0, 0x80]))).toBe(false); // a surrogate
    expect(isPlainUtf8Text(bytes([0xf0, 0x9f, 0x98]))).toBe(false); // cut short
    expect(isPlainUtf8Text(new TextEncoder().encode('😀 Ünïcode 𠮷'))).toBe(true);
  });
});

describe('cleanFileName', () => {
  it('keeps the Chinese name without path parts or control characters', () => {
    expect(cleanFileName('../../etc/关于提案的答复.pdf')).toBe('关于提案的答复.pdf');
    expect(cleanFileName('C:\\Users\\张三\\附件\u0000一.docx')).toBe('附件一.docx');
    expect(cleanFileName('a\u202Egpj.exe')).toBe('agpj.exe');
    expect(cleanFileName('  ..隐藏.txt ')).toBe('隐藏.txt');
    expect(cleanFileName('/')).toBeNull();
  });
  it('cuts long names to 200 characters, extension kept', () => {
    const long = cleanFileName(`${'长'.repeat(300)}.pdf`)!;
    expect([...long].length).toBe(200);
    expect(long.endsWith('长.pdf')).toBe(true);
  });
});
