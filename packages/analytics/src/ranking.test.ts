import { describe, it, expect } from 'vitest';
import { change, countyStats, countyTotals, rankValues } from './ranking';
import { toRaw } from './raw';

describe('rankValues', () => {
  it('uses competition ranking: ties share a rank, the next rank skips', () => {
    expect(rankValues([9, 7, 7, 5])).toEqual([1, 2, 2, 4]);
    expect(rankValues([5, 7, 9, 7])).toEqual([4, 2, 1, 2]);
    expect(rankValues([3, 3, 3])).toEqual([1, 1, 1]);
  });

  it('ranks ascending when asked', () => {
    expect(rankValues([9, 7, 7, 5], 'asc')).toEqual([4, 2, 2, 1]);
  });

  it('puts nulls last, sharing the last rank', () => {
    expect(rankValues([null, 0.5, null, 0.9])).toEqual([3, 2, 3, 1]);
    expect(rankValues([null, null])).toEqual([1, 1]);
    expect(rankValues([null, 2, 2])).toEqual([3, 1, 1]);
    expect(rankValues([null, 1], 'asc')).toEqual([2, 1]);
    expect(rankValues([])).toEqual([]);
  });

  it('ranks 0 ahead of null', () => {
    expect(rankValues([0, null, 0])).toEqual([1, 3, 1]);
  });
});

describe('countyStats', () => {
  it('median of an odd count is the middle value', () => {
    expect(countyStats([5, 1, 3])).toEqual({ total: 9, mean: 3, median: 3 });
  });

  it('median of an even count is the mean of the middle two', () => {
    expect(countyStats([4, 1, 3, 10])).toEqual({ total: 18, mean: 4.5, median: 3.5 });
  });

  it('ignores nulls, and is all null without values', () => {
    expect(countyStats([null, 2, null, 4])).toEqual({ total: 6, mean: 3, median: 3 });
    expect(countyStats([null, null])).toEqual({ total: null, mean: null, median: null });
    expect(countyStats([])).toEqual({ total: null, mean: null, median: null });
  });
});

describe('countyTotals', () => {
  it('computes county rates from summed counts, not as a mean of rates', () => {
    const t = countyTotals([
      toRaw({ proposalsSubmitted: 10, proposalsAccepted: 10 }),
      toRaw({ proposalsSubmitted: 30, proposalsAccepted: 10 }),
    ]);
    expect(t.proposalsSubmitted).toBe(40);
    expect(t.acceptanceRate).toBe(0.5); // the mean of township rates would be (1 + 1/3) / 2
  });
});

describe('change', () => {
  it('gives the delta and the relative change', () => {
    expect(change(12, 8)).toEqual({ previous: 8, delta: 4, deltaRate: 0.5 });
    expect(change(6, 8)).toEqual({ previous: 8, delta: -2, deltaRate: -0.25 });
  });

  it('handles null previous, null current and a zero previous', () => {
    expect(change(5, null)).toEqual({ previous: null, delta: null, deltaRate: null });
    expect(change(null, 3)).toEqual({ previous: 3, delta: null, deltaRate: null });
    expect(change(5, 0)).toEqual({ previous: 0, delta: 5, deltaRate: null });
    expect(change(0, 0)).toEqual({ previous: 0, delta: 0, deltaRate: null });
  });
});
