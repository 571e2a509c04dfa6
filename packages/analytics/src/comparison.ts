/** The township comparison table: values, ranks, county statistics and previous-year change. */
import {
  isMetricKey,
  isTownshipMetric,
  TOWNSHIP_METRIC_KEYS,
  metricByKey,
  type MetricGroup,
  type MetricKey,
  type MetricKind,
} from './catalog';
import { computeMetrics, displayValue, type MetricValues } from './formulas';
import { change, countyStats, rankValues } from './ranking';
import { sumRaw, type RawTownshipYear } from './raw';

export interface TownshipRaw {
  readonly townshipId: string;
  readonly townshipName: string;
  readonly raw: RawTownshipYear;
}

export interface ComparisonInput {
  readonly year: number;
  /** Metrics to show, in this order; every township metric when omitted or empty (county-only ones cannot be compared). */
  readonly metrics?: readonly MetricKey[];
  readonly perMember: boolean;
  /** One row per township for `year`. */
  readonly rows: readonly TownshipRaw[];
  /** Rows for year − 1, matched by townshipId; a township missing here has previous null. */
  readonly previousRows?: readonly TownshipRaw[];
  /**
   * The county row when it is more than the sum of townships (proposals of parties,
   * committees and sectors belong to the county only). Defaults to sumRaw(rows).
   */
  readonly countyRaw?: RawTownshipYear;
}

export interface ComparisonMetric {
  readonly key: MetricKey;
  readonly label: string;
  readonly kind: MetricKind;
  readonly group: MetricGroup;
  /** County value (per member of the county when perMember applies); rates from summed counts. */
  readonly total: number | null;
  /** Mean of township values, nulls ignored. */
  readonly mean: number | null;
  /** Median of township values, nulls ignored. */
  readonly median: number | null;
  /** No township has a value other than 0 (or null) this year: the metric cannot tell townships apart. */
  readonly allZero: boolean;
}

export interface ComparisonValue {
  readonly key: MetricKey;
  readonly value: number | null;
  /** 1 = highest; ties share a rank; null values share the last rank. */
  readonly rank: number;
  /** The same figure for year − 1 (per member of that year when perMember applies). */
  readonly previous: number | null;
  /** value − previous; null when either is null. */
  readonly change: number | null;
  /** change / |previous|; null when change is null or previous is 0. */
  readonly changeRate: number | null;
}

export interface ComparisonRow {
  readonly townshipId: string;
  readonly townshipName: string;
  readonly values: readonly ComparisonValue[];
}

export interface Comparison {
  readonly year: number;
  readonly perMember: boolean;
  readonly metrics: readonly ComparisonMetric[];
  /** In the order of the input rows. */
  readonly rows: readonly ComparisonRow[];
}

interface Computed {
  readonly values: MetricValues;
  readonly activeMembers: number;
}

const computeRow = (raw: RawTownshipYear): Computed => ({
  values: computeMetrics(raw),
  activeMembers: raw.activeMembers,
});

/** True when no value is a number other than 0: every township has 0 or no value. */
export function isAllZero(values: readonly (number | null)[]): boolean {
  return values.every((v) => v === null || v === 0);
}

export function buildComparison(input: ComparisonInput): Comparison {
  const keys = input.metrics && input.metrics.length > 0 ? input.metrics : TOWNSHIP_METRIC_KEYS;
  // Keys typically come from API input cast to MetricKey; fail clearly rather than show undefined.
  for (const key of keys) if (!isMetricKey(key)) throw new RangeError(`Unknown metric key: ${String(key)}`);
  for (const key of keys)
    if (!isTownshipMetric(key)) throw new RangeError(`County-only metric has no township values: ${key}`);

  const { perMember } = input;
  const current = input.rows.map((r) => computeRow(r.raw));
  const previousById = new Map((input.previousRows ?? []).map((r) => [r.townshipId, computeRow(r.raw)]));
  const county = computeRow(input.countyRaw ?? sumRaw(input.rows.map((r) => r.raw)));

  const columns = keys.map((key) => {
    const values = current.map((c) => displayValue(key, c.values, perMember, c.activeMembers));
    return { key, values, ranks: rankValues(values) };
  });

  const metrics = columns.map(({ key, values }): ComparisonMetric => {
    const def = metricByKey(key);
    const { mean, median } = countyStats(values);
    const total = displayValue(key, county.values, perMember, county.activeMembers);
    return { key, label: def.label, kind: def.kind, group: def.group, total, mean, median, allZero: isAllZero(values) };
  });

  const rows = input.rows.map((row, i): ComparisonRow => {
    const prev = previousById.get(row.townshipId);
    const values = columns.map(({ key, values: col, ranks }): ComparisonValue => {
      const value = col[i];
      const previous = prev ? displayValue(key, prev.values, perMember, prev.activeMembers) : null;
      const c = change(value, previous);
      return { key, value, rank: ranks[i], previous, change: c.delta, changeRate: c.deltaRate };
    });
    return { townshipId: row.townshipId, townshipName: row.townshipName, values };
  });

  return { year: input.year, perMember, metrics, rows };
}
