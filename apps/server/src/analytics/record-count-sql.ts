import { countedOpinionReport } from '../opinions/opinion-counting';
import {
  PLAN_METRIC_KEYS,
  RECORD_COUNT_METRICS,
  recordSelector,
  type PlanMetricKey,
  type RecordSelector,
} from '@cppcc/analytics';

/** The date column that places a record of the table in a quarter. */
export const DATE_COLUMN: Readonly<Record<RecordSelector['table'], string>> = {
  activity: 'heldOn',
  opinion_report: 'submittedOn',
};

const literal = (value: string) => {
  // Selector values are constants of packages/analytics, never input; refuse anything else loudly.
  if (!/^[A-Z_]+$/.test(value)) throw new TypeError(`Not an enum value: ${value}`);
  return `'${value}'`;
};

/**
 * The WHERE condition (on rows of `alias`) for the records a record-count metric counts — the
 * one SQL reading of RECORD_COUNT_METRICS, used by the metric, plan progress and the duty rule.
 */
export function recordCondition(selector: RecordSelector, alias: string): string {
  const parts: string[] = [];
  // A report converted from a proposal is counted once, as the proposal (opinions/opinion-counting.ts).
  if (selector.table === 'opinion_report') parts.push(countedOpinionReport(alias));
  if (selector.kind) parts.push(`${alias}.kind = ${literal(selector.kind)}`);
  if (selector.consultationScale) parts.push(`${alias}.consultationScale = ${literal(selector.consultationScale)}`);
  if (selector.withReport) parts.push(`${alias}.reportTitle IS NOT NULL AND ${alias}.reportTitle <> ''`);
  return parts.length ? `(${parts.join(' AND ')})` : '(1 = 1)';
}

export function metricCondition(key: PlanMetricKey, alias: string): string {
  return recordCondition(recordSelector(key), alias);
}

/** The record-count metrics of one table. */
export function metricsOf(table: RecordSelector['table']): PlanMetricKey[] {
  return PLAN_METRIC_KEYS.filter((key) => RECORD_COUNT_METRICS[key].table === table);
}

/** `SUM(CASE WHEN … THEN 1 ELSE 0 END) AS <name>` for each record-count metric of the table. */
export function countColumns(
  table: RecordSelector['table'],
  alias: string,
  name: (key: PlanMetricKey) => string,
): string {
  return metricsOf(table)
    .map((key) => `SUM(CASE WHEN ${metricCondition(key, alias)} THEN 1 ELSE 0 END) AS ${name(key)}`)
    .join(',\n        ');
}
