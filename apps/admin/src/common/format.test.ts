import { describe, expect, it } from 'vitest';
import { exportUrl, fileNameFromDisposition } from './download';
import { formatChange, formatMetric, formatPercent, formatTick, NO_DATA } from './format';
import { currentYear, lastCompleteYear, recentYears, yearChoices } from './years';
import { safeFileName } from './chartPng';

describe('metric formatting', () => {
  it('writes null (a rate with no denominator) as —, never 0 or NaN', () => {
    expect(formatMetric(null, 'rate')).toBe(NO_DATA);
    expect(formatMetric(undefined, 'count')).toBe('—');
    expect(formatMetric(Number.NaN, 'count')).toBe(NO_DATA);
  });
  it('rates as percentages, counts grouped, per-member values with two decimals', () => {
    expect(formatMetric(0.92105, 'rate')).toBe('92.1%');
    expect(formatMetric(1, 'rate')).toBe('100%');
    expect(formatMetric(0, 'rate')).toBe('0%');
    expect(formatMetric(64100, 'amount')).toBe('64,100');
    expect(formatMetric(12, 'count')).toBe('12');
    expect(formatMetric(0.333333, 'count', true)).toBe('0.33');
    expect(formatPercent(0.4419, 2)).toBe('44.19%');
  });
  it('ticks and changes', () => {
    expect(formatTick(0.75, 'rate')).toBe('75%');
    expect(formatTick(60000, 'amount')).toBe('6万');
    expect(formatChange(0.2857, 'rate')).toBe('+28.6个百分点');
    expect(formatChange(-3, 'count')).toBe('−3');
    expect(formatChange(0, 'count')).toBe('±0');
    expect(formatChange(null, 'count')).toBe('—');
  });
});

describe('years', () => {
  it('defaults to the last complete year', () => {
    expect(currentYear('2026-11-23')).toBe(2026);
    expect(lastCompleteYear('2026-01-01')).toBe(2025);
    expect(recentYears(3, '2026-05-01')).toEqual([2026, 2025, 2024]);
    expect(yearChoices(2, '2026-05-01')).toEqual([
      { id: 2026, name: '2026年' },
      { id: 2025, name: '2025年' },
    ]);
  });
});

describe('downloads', () => {
  it('reads the UTF-8 file name the server sends', () => {
    const name = '2025年乡镇政协工作比较.xlsx';
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''${encodeURIComponent(name)}`, 'x.xlsx')).toBe(name);
    expect(fileNameFromDisposition('attachment; filename="a.docx"', 'x')).toBe('a.docx');
    expect(fileNameFromDisposition(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });
  it('builds export URLs without empty parameters', () => {
    expect(
      exportUrl('/export/comparison.xlsx', { year: 2025, metrics: 'a,b', perMember: false, x: undefined, y: '' }),
    ).toBe('/export/comparison.xlsx?year=2025&metrics=a%2Cb&perMember=false');
    expect(exportUrl('/export/annual-summary.docx', { townshipId: '4', year: 2025 })).toBe(
      '/export/annual-summary.docx?townshipId=4&year=2025',
    );
  });
  it('file names without characters file systems refuse', () => {
    expect(safeFileName('2025年各乡镇立案率/办复率排名')).toBe('2025年各乡镇立案率_办复率排名');
  });
});
