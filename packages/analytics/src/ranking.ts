/** Ranks, county statistics and previous-year change over township values. */
import { computeMetrics, type MetricValues } from './formulas';
import { sumRaw, type RawTownshipYear } from './raw';

export type RankOrder = 'desc' | 'asc';

/**
 * Competition ranking ("1224"): equal values share a rank and the next rank skips, so
 * [9, 7, 7, 5] ranks [1, 2, 2, 4]. `desc` (default) ranks the largest value 1.
 * Null values ("无数据") rank after every number and all share that last rank
 * (number of non-null values + 1): a township without data is neither best nor
 * tied with a real value, and its rank is still shown.
 */
export function rankValues(values: readonly (number | null)[], order: RankOrder = 'desc'): number[] {
  const present = values
    .map((value, index) => ({ value, index }))
    .filter((e): e is { value: number; index: number } => e.value !== null)
    .sort((a, b) => (order === 'desc' ? b.value - a.value : a.value - b.value));
  const ranks = new Array<number>(values.length).fill(present.length + 1);
  present.forEach((entry, position) => {
    const previous = present[position - 1];
    ranks[entry.index] =
      previous !== undefined && previous.value === entry.value ? ranks[previous.index] : position + 1;
  });
  return ranks;
}

export interface CountyStats {
  /** Sum of the non-null values; null when there are none. Meaningful for counts only. */
  readonly total: number | null;
  /** Mean of the non-null township values; null when there are none. */
  readonly mean: number | null;
  /** Median of the non-null township values (mean of the middle two for an even count). */
  readonly median: number | null;
}

/**
 * Statistics of township values, ignoring nulls. Mean and median describe townships
 * (each township weighs one), so the mean of township rates differs from the county rate:
 * take the county total of any metric from `countyTotals` (rates from summed counts).
 */
export function countyStats(values: readonly (number | null)[]): CountyStats {
  const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = present.length;
  if (n === 0) return { total: null, mean: null, median: null };
  const total = present.reduce((sum, v) => sum + v, 0);
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
  return { total, mean: total / n, median };
}

/**
 * County totals of every metric: the metrics of the summed raw row, so a county rate is
 * Σ numerators / Σ denominators, not a mean of township rates.
 */
export function countyTotals(rows: readonly RawTownshipYear[]): MetricValues {
  return computeMetrics(sumRaw(rows));
}

export interface Change {
  readonly previous: number | null;
  /** current − previous (for rates, in fraction points); null when either is null. */
  readonly delta: number | null;
  /** delta / |previous|; null when delta is null or previous is 0. */
  readonly deltaRate: number | null;
}

export function change(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { previous, delta: null, deltaRate: null };
  const delta = current - previous;
  return { previous, delta, deltaRate: previous === 0 ? null : delta / Math.abs(previous) };
}
