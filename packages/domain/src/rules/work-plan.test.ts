import { describe, expect, it } from 'vitest';
import { countsByQuarter, itemActual } from './work-plan';

describe('work plan items', () => {
  it('counts records per quarter and gives an item its quarter or the whole year', () => {
    const q = countsByQuarter([
      { month: 1, count: 2 },
      { month: 3, count: 1 },
      { month: 4, count: 1 },
      { month: 12, count: 5 },
    ]);
    expect(q).toEqual([0, 3, 1, 0, 5]);
    expect(itemActual(q, 1)).toBe(3);
    expect(itemActual(q, 3)).toBe(0);
    expect(itemActual(q, null)).toBe(9);
    expect(itemActual(undefined, null)).toBe(0);
  });
});
