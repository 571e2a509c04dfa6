import { describe, expect, it } from 'vitest';
import {
  addDays,
  chinaClock,
  chinaInstant,
  nonNegativeCount,
  quarterOf,
  todayInChina,
  workDate,
  workYear,
  yearOf,
} from './calendar';

describe('work calendar', () => {
  it('takes the year and quarter of a date', () => {
    expect(yearOf('2024-03-31')).toBe(2024);
    expect(
      [
        '2024-01-01',
        '2024-03-31',
        '2024-04-01',
        '2024-06-30',
        '2024-07-01',
        '2024-09-30',
        '2024-10-01',
        '2024-12-31',
      ].map(quarterOf),
    ).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect([1, 3, 4, 12].map(quarterOf)).toEqual([1, 1, 2, 4]);
  });
  it('checks years, dates and counts, naming the field', () => {
    expect(workYear('input.year', 2024)).toEqual([]);
    expect(workYear('input.year', 1800)[0].field).toBe('input.year');
    expect(workYear('input.year', 2024.5)).toHaveLength(1);
    expect(workYear('input.year', null)).toHaveLength(1);
    expect(workDate('input.heldOn', '2024-02-30', '日期')[0].field).toBe('input.heldOn');
    expect(workDate('input.heldOn', '2300-01-01', '日期')).toHaveLength(1);
    expect(workDate('input.heldOn', '2024-02-29', '日期')).toEqual([]);
    expect(nonNegativeCount('n', null, '数')).toEqual([]);
    expect(nonNegativeCount('n', 0, '数')).toEqual([]);
    expect(nonNegativeCount('n', -1, '数')).toHaveLength(1);
    expect(nonNegativeCount('n', 1.5, '数')).toHaveLength(1);
  });
  it('adds days across months, years and leap days', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2024-07-01', 0)).toBe('2024-07-01');
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('China time', () => {
  it('reads the date and clock in UTC+8 whatever the machine’s zone', () => {
    expect(todayInChina(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(todayInChina(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(chinaClock(new Date('2026-03-01T06:32:05Z'))).toBe('14:32:05');
  });

  it('gives the instant a China date begins, or a time on it', () => {
    expect(chinaInstant('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(chinaInstant('2026-02-28', 24 * 60).toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(chinaInstant('2026-03-01', 8 * 60 + 30).toISOString()).toBe('2026-03-01T00:30:00.000Z');
    expect(() => chinaInstant('2026-02-30')).toThrow(RangeError);
  });
});
