import { describe, expect, it } from 'vitest';
import { exportCell } from './export-cell';

describe('exportCell', () => {
  it('keeps text that starts with =, +, -, @, tab or CR from being read as a formula', () => {
    expect(exportCell('=HYPERLINK("http://example.invalid","点此")')).toBe(
      `'=HYPERLINK("http://example.invalid","点此")`,
    );
    expect(exportCell('+1+1')).toBe("'+1+1");
    expect(exportCell('-2+3')).toBe("'-2+3");
    expect(exportCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(exportCell('\t=1')).toBe("'\t=1");
    expect(exportCell('\r=1')).toBe("'\r=1");
  });
  it('leaves ordinary text alone, including an operator later in the text', () => {
    expect(exportCell('张三')).toBe('张三');
    expect(exportCell('2026-03-01')).toBe('2026-03-01');
    expect(exportCell('a=b')).toBe('a=b');
    expect(exportCell(' =1')).toBe(' =1');
  });
  it('keeps numbers numeric, negative ones too, and writes nothing for a missing value', () => {
    expect(exportCell(-3)).toBe(-3);
    expect(exportCell(0.25)).toBe(0.25);
    expect(exportCell(null)).toBe('');
    expect(exportCell(undefined)).toBe('');
  });
  it('neutralises control and bidi-override characters of old rows, keeping line breaks', () => {
    expect(exportCell('A\u0000B\u202EC')).toBe('A\uFFFDB\uFFFDC');
    expect(exportCell('第一行\r\n第二行')).toBe('第一行\r\n第二行');
    expect(exportCell('\u0000=1')).toBe('\uFFFD=1');
  });
});
