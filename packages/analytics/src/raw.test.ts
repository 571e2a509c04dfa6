import { describe, it, expect } from 'vitest';
import { RAW_FIELDS, coerceRaw, emptyRaw, sumRaw, toRaw } from './raw';

describe('raw rows', () => {
  it('emptyRaw is all zeros and lists every field', () => {
    const e = emptyRaw();
    expect(Object.values(e).every((v) => v === 0)).toBe(true);
    expect(RAW_FIELDS.length).toBe(38);
    expect(emptyRaw()).not.toBe(e);
  });

  it('sumRaw adds field-wise and treats missing fields as 0', () => {
    const total = sumRaw([
      toRaw({ proposalsSubmitted: 3, activeMembers: 10, donationsYuan: 500.5 }),
      { proposalsSubmitted: 4, activeMembers: 5 },
    ]);
    expect(total.proposalsSubmitted).toBe(7);
    expect(total.activeMembers).toBe(15);
    expect(total.donationsYuan).toBe(500.5);
    expect(total.inspections).toBe(0);
    expect(sumRaw([])).toEqual(emptyRaw());
  });

  it('coerceRaw accepts driver values and rejects garbage', () => {
    const r = coerceRaw({
      proposalsSubmitted: '12',
      activeMembers: 7n,
      donationsYuan: '1200.50',
      visits: null,
      extra: 'x',
    });
    expect(r.proposalsSubmitted).toBe(12);
    expect(r.activeMembers).toBe(7);
    expect(r.donationsYuan).toBe(1200.5);
    expect(r.visits).toBe(0);
    expect(() => coerceRaw({ meetings: 'abc' })).toThrow(TypeError);
    expect(() => coerceRaw({ meetings: '' })).toThrow(/meetings/);
    expect(() => coerceRaw({ meetings: -1 })).toThrow(TypeError);
    expect(() => coerceRaw({ meetings: Number.NaN })).toThrow(TypeError);
  });
});
