import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentDate, mmToTwips, officialDocument, signatureIndents } from './official-docx';

describe('official document format (GB/T 9704-2012)', () => {
  it('converts millimetres as Word does', () => {
    expect([210, 297, 37, 35, 28, 26].map(mmToTwips)).toEqual([11906, 16838, 2098, 1984, 1588, 1474]);
  });

  it('writes dates in Arabic numerals without leading zeros', () => {
    expect(documentDate('2025-12-31')).toBe('2025年12月31日');
    expect(documentDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('places the office 右空二字 and the date two characters right of it, or 右空二字 when longer', () => {
    // 县政协办公室 is 6 characters, 2025年12月31日 7 (digits are half-width): the date is the longer;
    // a 10-character office over a 6-character date: the date starts two right of it, 4 from the margin.
    expect(signatureIndents('县政协办公室', '2025年12月31日')).toEqual({ office: 5, date: 2 });
    expect(signatureIndents('某某县人民政府办公室', '2025年1月5日')).toEqual({ office: 2, date: 4 });
  });

  it('lays out A4 with the margins, the fonts with their fallbacks, and "— 1 —" page numbers', async () => {
    const file = await officialDocument({
      title: '标题',
      blocks: [
        { heading1: '一、总体情况' },
        { paragraph: '正文。' },
        { table: { header: ['乡镇'], rows: [['甲镇']] } },
      ],
      signature: { office: '县政协办公室', date: '2025-12-31' },
    });
    const zip = await JSZip.loadAsync(file);
    const read = (name: string) => zip.file(name)!.async('string');
    const xml = await read('word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('<w:sz w:val="44"/>');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('<w:spacing w:line="578" w:lineRule="exact"');
    expect(xml).toContain('<w:ind w:firstLine="640"/>');
    // 28 characters a line: 三号 set 0.25 pt tighter.
    expect(xml).toContain('<w:spacing w:val="-5"/>');
    expect(xml).toContain('2025年12月31日');
    expect(await read('word/fontTable.xml')).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map(read),
    );
    expect(footers).toHaveLength(2);
    for (const footer of footers) expect(footer).toMatch(/— <\/w:t>.*PAGE.*<w:t[^>]*> —/s);
    expect(await read('word/settings.xml')).toContain('w:evenAndOddHeaders');
  });
});
