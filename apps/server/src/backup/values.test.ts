import { describe, expect, it } from 'vitest';
import { classifyColumn, decodeValue, encodeValue, toIsoDatetime } from './values';

describe('backup values', () => {
  it('classifies the declared column types', () => {
    expect(classifyColumn('boolean')).toBe('boolean');
    expect(classifyColumn(Boolean)).toBe('boolean');
    expect(classifyColumn('datetime')).toBe('datetime');
    expect(classifyColumn(Date)).toBe('datetime');
    expect(classifyColumn('date')).toBe('date');
    expect(classifyColumn('decimal')).toBe('number');
    expect(classifyColumn('int')).toBe('integer');
    expect(classifyColumn('integer')).toBe('integer');
    expect(classifyColumn('varchar')).toBe('text');
    expect(classifyColumn('text')).toBe('text');
  });

  it('writes datetimes as ISO UTC whatever the database gave', () => {
    expect(toIsoDatetime('2026-03-01 08:30:00')).toBe('2026-03-01T08:30:00.000Z'); // SQLite datetime('now')
    expect(toIsoDatetime('2026-03-01 08:30:00.120')).toBe('2026-03-01T08:30:00.120Z'); // TypeORM on SQLite
    expect(toIsoDatetime('2026-03-01 08:30:00.123456')).toBe('2026-03-01T08:30:00.123456Z'); // MySQL DATETIME(6)
    expect(toIsoDatetime('2026-03-01 08:30:00.000000')).toBe('2026-03-01T08:30:00.000Z');
    expect(toIsoDatetime(new Date('2026-03-01T08:30:00.5Z'))).toBe('2026-03-01T08:30:00.500Z');
    expect(toIsoDatetime('2026-03-01T16:30:00+08:00')).toBe('2026-03-01T08:30:00.000Z');
    expect(() => toIsoDatetime('yesterday')).toThrow();
  });

  it('round-trips booleans, decimals and dates portably', () => {
    expect(encodeValue('boolean', 1)).toBe(true);
    expect(encodeValue('boolean', 0)).toBe(false);
    expect(encodeValue('number', '12.50')).toBe(12.5);
    expect(encodeValue('date', '2024-02-29')).toBe('2024-02-29');
    expect(encodeValue('text', null)).toBeNull();
    expect(decodeValue('boolean', true, 'mysql')).toBe(1);
    expect(decodeValue('boolean', false, 'sqlite')).toBe(0);
  });

  it('writes datetimes in the form each database keeps, truncated to the column precision', () => {
    const iso = '2026-03-01T08:30:00.123456Z';
    expect(decodeValue('datetime', iso, 'sqlite')).toBe('2026-03-01 08:30:00.123');
    expect(decodeValue('datetime', iso, 'mysql', 6)).toBe('2026-03-01 08:30:00.123456');
    expect(decodeValue('datetime', '2026-03-01T23:59:59.999Z', 'mysql', 0)).toBe('2026-03-01 23:59:59');
  });
});
