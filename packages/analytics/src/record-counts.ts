/**
 * Metrics that count records one by one: which records each counts, said once. The server turns
 * a selector into SQL for the metric itself, for plan progress (per quarter) and for the duty
 * rule RESEARCH_OR_INSPECTION, so the four count the same records. Such a metric is what a work
 * plan item targets ("调研报告不少于两篇" → researchReports × 2).
 */
import { rules } from '@cppcc/domain';
import type { FieldError } from './errors';
import type { MetricKey } from './catalog';
import type { RawField } from './raw';

export interface RecordSelector {
  /** activity (dated heldOn, organising township) or opinion_report (dated submittedOn, submitting township). */
  readonly table: 'activity' | 'opinion_report';
  /** The RawTownshipYear field the count fills. */
  readonly raw: RawField;
  /** Activity kind (ActivityKind value). */
  readonly kind?: string;
  /** Consultation scale (MAJOR / MICRO). */
  readonly consultationScale?: string;
  /** Only activities with a report (a non-empty report title). */
  readonly withReport?: boolean;
}

export const RECORD_COUNT_METRICS = {
  studySessions: { table: 'activity', raw: 'studySessions', kind: 'STUDY' },
  meetings: { table: 'activity', raw: 'meetings', kind: 'MEETING' },
  majorConsultations: {
    table: 'activity',
    raw: 'majorConsultations',
    kind: 'CONSULTATION',
    consultationScale: 'MAJOR',
  },
  microConsultations: {
    table: 'activity',
    raw: 'microConsultations',
    kind: 'CONSULTATION',
    consultationScale: 'MICRO',
  },
  inspections: { table: 'activity', raw: 'inspections', kind: 'INSPECTION' },
  inspectionReports: { table: 'activity', raw: 'inspectionsWithReport', kind: 'INSPECTION', withReport: true },
  researchReports: { table: 'activity', raw: 'researchWithReport', kind: 'RESEARCH', withReport: true },
  visits: { table: 'activity', raw: 'visits', kind: 'VISIT' },
  publicityItems: { table: 'activity', raw: 'publicityItems', kind: 'PUBLICITY' },
  opinionReports: { table: 'opinion_report', raw: 'opinionReports' },
} as const satisfies Partial<Record<MetricKey, RecordSelector>>;

/** A metric a work plan item can target: a record count, so it can be counted per quarter. */
export type PlanMetricKey = keyof typeof RECORD_COUNT_METRICS;

export const PLAN_METRIC_KEYS = Object.keys(RECORD_COUNT_METRICS) as PlanMetricKey[];

export function isPlanMetricKey(key: string | null | undefined): key is PlanMetricKey {
  return key != null && Object.prototype.hasOwnProperty.call(RECORD_COUNT_METRICS, key);
}

export function recordSelector(key: PlanMetricKey): RecordSelector {
  return RECORD_COUNT_METRICS[key];
}

/**
 * The metric an old plan item's kind (before items named metrics) means. CONSULTATION (major or
 * micro?), CHARITY, CULTURAL_HISTORY and TRAINING have no such metric: those items stay readable
 * with their kind and description but count in no progress until a metric is chosen.
 */
export const LEGACY_PLAN_KIND_METRICS: Readonly<Record<string, PlanMetricKey>> = {
  STUDY: 'studySessions',
  MEETING: 'meetings',
  INSPECTION: 'inspections',
  RESEARCH: 'researchReports',
  VISIT: 'visits',
  PUBLICITY: 'publicityItems',
  OPINION_REPORT: 'opinionReports',
};

export interface PlanItemFields {
  metricKey: string | null | undefined;
  target: number | null | undefined;
  quarter?: number | null;
  description?: string | null;
}

/**
 * Errors of a work plan's items, empty when valid: each names a plannable catalog metric, a
 * whole target > 0 and a quarter 1–4 (or none: the whole year), and a metric appears once per
 * quarter, since two such items would count the same records twice.
 */
export function planItemErrors(items: readonly PlanItemFields[], prefix = 'input.items'): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const f = (name: string) => `${prefix}[${i}].${name}`;
    if (item.metricKey == null || item.metricKey === '')
      errors.push({ field: f('metricKey'), message: '请选择计划指标' });
    else if (!isPlanMetricKey(item.metricKey))
      errors.push({ field: f('metricKey'), message: `该指标不能作为工作计划目标：${item.metricKey}` });
    if (item.target == null || !Number.isInteger(item.target) || item.target <= 0) {
      errors.push({ field: f('target'), message: '目标数须为正整数（大于 0）' });
    }
    if (item.quarter != null && !(Number.isInteger(item.quarter) && item.quarter >= 1 && item.quarter <= 4)) {
      errors.push({ field: f('quarter'), message: '季度应为 1 到 4，全年则不填' });
    }
    errors.push(...rules.optionalText(f('description'), item.description, 300, '说明'));
    const key = `${item.metricKey}:${item.quarter ?? 'year'}`;
    if (seen.has(key)) errors.push({ field: f('metricKey'), message: '同一季度（或全年）的同一指标重复' });
    seen.add(key);
  });
  return errors;
}
