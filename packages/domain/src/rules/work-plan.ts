import { quarterOf } from './calendar';

/** Records of one kind counted per quarter: index 1–4 (index 0 unused). */
export type QuarterCounts = readonly [number, number, number, number, number];

/** Adds per-month counts (month 1–12) into per-quarter counts. */
export function countsByQuarter(monthly: readonly { month: number; count: number }[]): QuarterCounts {
  const q: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const { month, count } of monthly) q[quarterOf(month)] += count;
  return q;
}

/** What an item has achieved: the records of its quarter, or of the whole year when it has none. */
export function itemActual(counts: QuarterCounts | undefined, quarter: number | null | undefined): number {
  if (!counts) return 0;
  return quarter == null ? counts[1] + counts[2] + counts[3] + counts[4] : (counts[quarter] ?? 0);
}
