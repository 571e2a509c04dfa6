// How metric values are written in the console: docs/metrics.md kinds (count, amount, rate),
// null (a rate with a zero denominator: not a number) as —, rates as percentages, per-member values with two decimals.
import type { MetricKind } from '@cppcc/analytics';

export const NO_DATA = '—';

const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** 0.92105 → "92.1%"; 1 → "100%". */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return NO_DATA;
  const pct = value * 100;
  return `${Number(pct.toFixed(digits))}%`;
}

/** A metric value as shown in tables, tooltips and bar labels. */
export function formatMetric(value: number | null | undefined, kind: MetricKind | string, perMember = false): string {
  if (value == null || !Number.isFinite(value)) return NO_DATA;
  if (kind === 'rate') return formatPercent(value);
  if (perMember) return value.toFixed(2);
  return grouped.format(Math.round(value * 100) / 100);
}

/** Axis ticks: shorter than formatMetric (no decimals on rates, 万 for large numbers). */
export function formatTick(value: number, kind: MetricKind | string): string {
  if (kind === 'rate') return `${Math.round(value * 100)}%`;
  if (Math.abs(value) >= 10000) return `${Number((value / 10000).toFixed(1))}万`;
  return String(Number(value.toFixed(2)));
}

/** A change against the previous year: "+3", "−12.5%" (rates change in percentage points). */
export function formatChange(change: number | null | undefined, kind: MetricKind | string, perMember = false): string {
  if (change == null || !Number.isFinite(change)) return '—';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const abs = Math.abs(change);
  if (kind === 'rate') return `${sign}${Number((abs * 100).toFixed(1))}个百分点`;
  return `${sign}${perMember ? abs.toFixed(2) : grouped.format(Math.round(abs * 100) / 100)}`;
}
