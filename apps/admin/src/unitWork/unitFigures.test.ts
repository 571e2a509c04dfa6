import { describe, expect, it } from 'vitest';
import { formatUnitFigure, rankedUnits } from './unitFigures';

const row = (unitName: string, onTimeRate: number | null, overdueNow: number) => ({
  unitName,
  assignedLead: 0,
  assignedCo: 0,
  replied: 0,
  repliedOnTime: 0,
  onTimeRate,
  overdueNow,
  averageDaysToReply: null,
  classA: 0,
  classB: 0,
  classC: 0,
  classAShare: null,
  classBShare: null,
  classCShare: null,
  rated: 0,
  satisfactionRate: null,
  rehandled: 0,
  contacted: 0,
  contactRate: null,
  coOpinionsSent: 0,
  coOpinionsPending: 0,
  returnsAsked: 0,
  extensionsAsked: 0,
});

describe('the units table', () => {
  const rows = [row('甲', 0.5, 2), row('乙', null, 0), row('丙', 1, 0), row('丁', 0.5, 1)];

  it('ranks on the chosen column, better first, ties sharing, no value last without a rank', () => {
    expect(rankedUnits(rows, 'onTimeRate').map((e) => [e.row.unitName, e.rank])).toEqual([
      ['丙', 1],
      ['甲', 2],
      ['丁', 2],
      ['乙', null],
    ]);
    // Fewer overdue is better.
    expect(rankedUnits(rows, 'overdueNow').map((e) => e.row.unitName)).toEqual(['乙', '丙', '丁', '甲']);
  });

  it('turns the ranked part round for worse first, keeping units without a value last', () => {
    expect(rankedUnits(rows, 'onTimeRate', true).map((e) => [e.row.unitName, e.rank])).toEqual([
      ['丁', 2],
      ['甲', 2],
      ['丙', 1],
      ['乙', null],
    ]);
  });

  it('writes rates as percentages, days with one decimal, null as no data', () => {
    expect(formatUnitFigure(0.875, 'rate', '无数据')).toBe('87.5%');
    expect(formatUnitFigure(12.345, 'days', '无数据')).toBe('12.3天');
    expect(formatUnitFigure(3, 'count', '无数据')).toBe('3');
    expect(formatUnitFigure(null, 'rate', '无数据')).toBe('无数据');
  });
});
