import { describe, expect, it } from 'vitest';
import * as r from './registry';
import { isValidDate, todayInChina } from './calendar';

describe('registry rules', () => {
  it('requires non-empty names within the limit, counting Chinese characters as one', () => {
    expect(r.requiredText('name', '', 50)).toHaveLength(1);
    expect(r.requiredText('name', '   ', 50)[0].field).toBe('name');
    expect(r.requiredText('name', '高'.repeat(50), 50)).toEqual([]);
    expect(r.requiredText('name', '高'.repeat(51), 50)[0].message).toContain('50');
  });
  it('accepts mobile and landline phones, refuses the rest', () => {
    expect(r.phone('phone', '13912345678')).toEqual([]);
    expect(r.phone('phone', '0556-5123456')).toEqual([]);
    expect(r.phone('phone', null)).toEqual([]);
    expect(r.phone('phone', '12345')).toHaveLength(1);
    expect(r.phone('phone', '1391234567x')).toHaveLength(1);
  });
  it('checks 9-digit township codes', () => {
    expect(r.townshipCode('code', '341122100')).toEqual([]);
    expect(r.townshipCode('code', '34112210')).toHaveLength(1);
    expect(r.townshipCode('code', '34112210a')).toHaveLength(1);
  });
  it('validates calendar dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2023-13-01')).toBe(false);
    expect(isValidDate('2023-1-01')).toBe(false);
  });
  it('refuses future dates and reversed date pairs', () => {
    expect(r.dateNotInFuture('birthDate', '2030-01-01', '2026-11-23', '出生日期')).toHaveLength(1);
    expect(r.dateNotInFuture('birthDate', '1970-01-01', '2026-11-23', '出生日期')).toEqual([]);
    expect(r.dateNotInFuture('birthDate', '1970-02-30', '2026-11-23', '出生日期')[0].message).toContain('格式');
    expect(r.dateOrder('leftOn', '2022-01-01', '2021-12-31', 'x')).toHaveLength(1);
    expect(r.dateOrder('leftOn', '2022-01-01', '2022-01-01', 'x')).toEqual([]);
    expect(r.dateOrder('leftOn', null, '2021-12-31', 'x')).toEqual([]);
  });
  it('bounds pages', () => {
    expect(r.page(0, 25)).toEqual([]);
    expect(r.page(0, 500)).toEqual([]);
    expect(r.page(0, 501)[0].field).toBe('page.limit');
    expect(r.page(-1, 10)[0].field).toBe('page.offset');
    expect(r.page(0, 0)).toHaveLength(1);
  });
  it('gives today in China time', () => {
    expect(todayInChina(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(todayInChina(new Date('2026-11-23T15:00:00Z'))).toBe('2026-11-23');
  });
});
