import { describe, it, expect } from 'vitest';
import { round } from './round';

describe('round', () => {
  it('rounds half away from zero without float surprises', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(38 / 86, 4)).toBe(0.4419);
    expect(round(2.5)).toBe(3);
    expect(round(-2.5)).toBe(-3);
    expect(round(-0.0001, 2)).toBe(0);
    expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
    expect(round(1e-7, 9)).toBe(1e-7);
    expect(round(123.456, 0)).toBe(123);
    expect(round(1234.5, -1)).toBe(1230);
  });

  it('passes null and non-finite through', () => {
    expect(round(null, 2)).toBeNull();
    expect(round(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});
