// The dashboards' data: GraphQL documents of the analytics API and the pure reshaping behind
// each chart (ranking, radar, trend, heat colours, officer comparison). Labels, kinds and
// groups come from @cppcc/analytics' METRIC_CATALOG, so charts and exports use one wording.
import {
  METRIC_CATALOG,
  METRIC_GROUP_LABELS,
  METRIC_GROUPS,
  type MetricDefinition,
  type MetricGroup,
  type MetricKind,
} from '@cppcc/analytics';
import { graphql } from '../gql';
import type { AssessmentQuery, TownshipComparisonQuery, TownshipMetricsQuery } from '../gql/graphql';

export { METRIC_CATALOG, METRIC_GROUP_LABELS, METRIC_GROUPS };
export type { MetricDefinition, MetricGroup, MetricKind };

// ── API shapes: generated from the documents below (src/gql) ─────────────────
export type Comparison = TownshipComparisonQuery['townshipComparison'];
export type ComparisonRow = Comparison['rows'][number];
export type ComparisonValue = ComparisonRow['values'][number];
export type YearMetrics = TownshipMetricsQuery['townshipMetrics'][number];
export type Assessment = AssessmentQuery['assessment'];

export const COMPARISON_QUERY = graphql(`
  query TownshipComparison($year: Int!, $metrics: [String!], $perMember: Boolean!) {
    townshipComparison(year: $year, metrics: $metrics, perMember: $perMember) {
      year
      perMember
      metrics {
        key
        label
        kind
        group
        total
        mean
        median
      }
      rows {
        townshipId
        townshipName
        values {
          key
          value
          rank
          previous
          change
          changeRate
        }
      }
    }
  }
`);

export const TOWNSHIP_METRICS_QUERY = graphql(`
  query TownshipMetrics($townshipId: ID!, $fromYear: Int!, $toYear: Int!) {
    townshipMetrics(townshipId: $townshipId, fromYear: $fromYear, toYear: $toYear) {
      year
      closedAt
      values {
        key
        value
        perMember
      }
    }
  }
`);

export const ASSESSMENT_QUERY = graphql(`
  query Assessment($year: Int!) {
    assessment(year: $year) {
      year
      scheme {
        key
        label
        weight
        perMember
      }
      rows {
        townshipId
        townshipName
        score
        rank
        metrics {
          key
          value
          scaled
        }
      }
    }
  }
`);

export const ASSESSMENT_SCHEME_QUERY = graphql(`
  query AssessmentScheme($year: Int!) {
    assessmentScheme(year: $year) {
      key
      label
      weight
      perMember
    }
  }
`);

export const SET_ASSESSMENT_SCHEME = graphql(`
  mutation SetAssessmentScheme($year: Int!, $items: [AssessmentItemInput!]!) {
    setAssessmentScheme(year: $year, items: $items) {
      key
      label
      weight
      perMember
    }
  }
`);

// ── Catalog helpers ──────────────────────────────────────────────────────────
const BY_KEY = new Map<string, MetricDefinition>(METRIC_CATALOG.map((m) => [m.key, m]));

export function metricDef(key: string): MetricDefinition | undefined {
  return BY_KEY.get(key);
}

/** Chinese label of a metric (the catalog's; the key itself for an unknown one). */
export function metricLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}

export function metricKind(key: string): MetricKind {
  return BY_KEY.get(key)?.kind ?? 'count';
}

/** Per-member values exist for counts and amounts only. */
export function isPerMemberMetric(key: string, perMember: boolean): boolean {
  return perMember && metricKind(key) !== 'rate';
}

/** The label with "（人均）" when the value shown is per member. */
export function metricTitle(key: string, perMember: boolean): string {
  return isPerMemberMetric(key, perMember) ? `${metricLabel(key)}（人均）` : metricLabel(key);
}

/** The group's metrics that have a value per township (county-only supervision metrics are not compared). */
export function metricsOfGroup(group: MetricGroup): MetricDefinition[] {
  return METRIC_CATALOG.filter((m) => m.group === group && m.scope === 'township');
}

/** Groups with at least one township metric: the tabs and sections of the comparisons. */
export const COMPARED_GROUPS: readonly MetricGroup[] = METRIC_GROUPS.filter((g) => metricsOfGroup(g).length > 0);

/** Township metrics in catalog order, grouped, for the metric selector (dashboards and the scheme editor). */
export function groupedMetrics(): { group: MetricGroup; label: string; metrics: MetricDefinition[] }[] {
  return COMPARED_GROUPS.map((group) => ({ group, label: METRIC_GROUP_LABELS[group], metrics: metricsOfGroup(group) }));
}

/** Metrics every township has 0 (or no value) of in the comparison: weighting them scores nobody. */
export function allZeroMetrics(comparison: { metrics: { key: string; allZero: boolean }[] } | undefined): Set<string> {
  return new Set((comparison?.metrics ?? []).filter((m) => m.allZero).map((m) => m.key));
}

export const ALL_ZERO_QUERY = graphql(`
  query AllZeroMetrics($year: Int!) {
    townshipComparison(year: $year) {
      metrics {
        key
        allZero
      }
    }
  }
`);

export function valueOf(row: ComparisonRow, key: string): ComparisonValue | undefined {
  return row.values.find((v) => v.key === key);
}

// ── (a) ranking ──────────────────────────────────────────────────────────────
export interface RankingBar {
  townshipId: string;
  name: string;
  /** The bar's length: 0 for 无数据 (drawn with a label instead). */
  value: number;
  raw: number | null;
  rank: number | null;
  noData: boolean;
}

/** One bar per township, best first; townships without data (null) last. */
export function rankingBars(comparison: Comparison | undefined, key: string): RankingBar[] {
  if (!comparison) return [];
  const bars = comparison.rows.map((row) => {
    const v = valueOf(row, key);
    const raw = v?.value ?? null;
    return {
      townshipId: row.townshipId,
      name: row.townshipName,
      value: raw ?? 0,
      raw,
      rank: raw == null ? null : (v?.rank ?? null),
      noData: raw == null,
    };
  });
  return bars.sort((a, b) => {
    if (a.noData !== b.noData) return a.noData ? 1 : -1;
    return b.value - a.value || a.name.localeCompare(b.name, 'zh-CN');
  });
}

// ── (b) radar ────────────────────────────────────────────────────────────────
/** activeMembers measures size, not work: left out of the radar's group scores. */
export const RADAR_EXCLUDED: readonly string[] = ['activeMembers'];

/** Each metric scaled to 0–100 of the county's highest township value (null → 0, max ≤ 0 → left out). */
export function normalisedByCountyMax(comparison: Comparison, key: string): Map<string, number> | null {
  const values = comparison.rows.map((r) => valueOf(r, key)?.value ?? null);
  const present = values.filter((v): v is number => v != null);
  const max = present.length ? Math.max(...present) : 0;
  if (!(max > 0)) return null;
  return new Map(
    comparison.rows.map((r, i) => [r.townshipId, values[i] == null ? 0 : (Math.max(values[i]!, 0) / max) * 100]),
  );
}

export interface RadarPoint {
  group: string;
  label: string;
  [townshipId: string]: number | string;
}

/**
 * One axis per metric group: the mean, over the group's metrics, of each township's value as a
 * percentage of the county maximum. Metrics no township has (max 0 or null) are left out, and
 * so are groups left with no metric.
 */
export function radarData(comparison: Comparison | undefined, townshipIds: readonly string[]): RadarPoint[] {
  if (!comparison) return [];
  const keys = new Set(comparison.metrics.map((m) => m.key));
  const points: RadarPoint[] = [];
  for (const group of METRIC_GROUPS) {
    const scaled = metricsOfGroup(group)
      .filter((m) => keys.has(m.key) && !RADAR_EXCLUDED.includes(m.key))
      .map((m) => normalisedByCountyMax(comparison, m.key))
      .filter((m): m is Map<string, number> => m !== null);
    // A group no township has any value in (supervision is county-level) is no axis of comparison.
    if (!scaled.length) continue;
    const point: RadarPoint = { group, label: METRIC_GROUP_LABELS[group] };
    for (const id of townshipIds) {
      const values = scaled.map((m) => m.get(id) ?? 0);
      point[id] = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    }
    points.push(point);
  }
  return points;
}

// ── (c) trend ────────────────────────────────────────────────────────────────
export interface TrendPoint {
  year: number;
  [townshipId: string]: number | null;
}

/** Years as rows, one column per township: the metric's value (or per-member value) that year. */
export function trendData(
  series: { townshipId: string; years: YearMetrics[] | undefined }[],
  key: string,
  perMember: boolean,
): TrendPoint[] {
  const years = new Set<number>();
  for (const s of series) for (const y of s.years ?? []) years.add(y.year);
  const usePerMember = isPerMemberMetric(key, perMember);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const point: TrendPoint = { year };
      for (const s of series) {
        const v = s.years?.find((y) => y.year === year)?.values.find((m) => m.key === key);
        point[s.townshipId] = v ? (usePerMember ? v.perMember : v.value) : null;
      }
      return point;
    });
}

/** The years of the trend that come from a sealed snapshot (closed years). */
export function sealedYears(series: { years: YearMetrics[] | undefined }[]): Set<number> {
  return new Set(series.flatMap((s) => (s.years ?? []).filter((y) => y.closedAt != null).map((y) => y.year)));
}

// ── (d) heat table ───────────────────────────────────────────────────────────
/** Min and max of a column (nulls ignored); null when the column has no value. */
export function columnRange(comparison: Comparison, key: string): { min: number; max: number } | null {
  const values = comparison.rows
    .map((r) => valueOf(r, key)?.value)
    .filter((v): v is number => v != null && Number.isFinite(v));
  if (!values.length) return null;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Position of a value in its column, 0 (lowest) … 1 (highest); 0.5 when every township is equal. */
export function heatLevel(value: number | null | undefined, range: { min: number; max: number } | null): number | null {
  if (value == null || !range) return null;
  if (range.max === range.min) return 0.5;
  return Math.min(1, Math.max(0, (value - range.min) / (range.max - range.min)));
}

/** A sequential scale from pale cream to the console's CPPCC red; dark cells get white text. */
export function heatColor(level: number | null): { background: string; color: string } {
  if (level == null) return { background: '#f2f2f2', color: '#888' };
  const from = [255, 247, 236];
  const to = [163, 35, 31];
  const mix = from.map((f, i) => Math.round(f + (to[i] - f) * level));
  return { background: `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`, color: level > 0.55 ? '#fff' : '#222' };
}

// ── officer: own township against the county ─────────────────────────────────
export interface OfficerRow {
  key: string;
  label: string;
  kind: MetricKind;
  group: MetricGroup;
  own: number | null;
  mean: number | null;
  median: number | null;
  total: number | null;
  rank: number | null;
  previous: number | null;
  change: number | null;
  /** Townships with a value, for "rank / of". */
  ranked: number;
}

export function officerRows(comparison: Comparison | undefined, townshipId: string | null | undefined): OfficerRow[] {
  if (!comparison || townshipId == null) return [];
  const row = comparison.rows.find((r) => String(r.townshipId) === String(townshipId));
  return comparison.metrics
    .filter((m) => BY_KEY.has(m.key))
    .map((m) => {
      const def = BY_KEY.get(m.key)!;
      const v = row ? valueOf(row, m.key) : undefined;
      const ranked = comparison.rows.filter((r) => valueOf(r, m.key)?.value != null).length;
      return {
        key: m.key,
        label: def.label,
        kind: def.kind,
        group: def.group,
        own: v?.value ?? null,
        mean: m.mean,
        median: m.median,
        total: m.total,
        rank: v?.value == null ? null : (v?.rank ?? null),
        previous: v?.previous ?? null,
        change: v?.change ?? null,
        ranked,
      };
    });
}

/**
 * The officer's charts for one group: rates together (one % axis), counts together, and each
 * amount on its own (yuan and points do not share an axis).
 */
export function officerChartSets(
  rows: readonly OfficerRow[],
  group: MetricGroup,
): { id: string; kind: MetricKind; rows: OfficerRow[] }[] {
  const inGroup = rows.filter((r) => r.group === group);
  const sets: { id: string; kind: MetricKind; rows: OfficerRow[] }[] = [];
  const counts = inGroup.filter((r) => r.kind === 'count');
  const rates = inGroup.filter((r) => r.kind === 'rate');
  if (counts.length) sets.push({ id: `${group}-count`, kind: 'count', rows: counts });
  for (const amount of inGroup.filter((r) => r.kind === 'amount'))
    sets.push({ id: `${group}-${amount.key}`, kind: 'amount', rows: [amount] });
  if (rates.length) sets.push({ id: `${group}-rate`, kind: 'rate', rows: rates });
  return sets;
}

/** Distinct colours for up to five townships (radar, trend). */
export const SERIES_COLORS = ['#a3231f', '#1f5fa3', '#2e8b57', '#d98e04', '#6a3d9a'];
