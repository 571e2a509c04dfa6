/** The weighted assessment (考核) score and rank of townships, per docs/metrics.md "Assessment". */
import { isMetricKey, isTownshipMetric, metricByKey, type MetricKey, type MetricKind } from './catalog';
import type { TownshipRaw } from './comparison';
import type { FieldError } from './errors';
import { computeMetrics, displayValue } from './formulas';
import { rankValues } from './ranking';
import { round } from './round';

export interface AssessmentItem {
  readonly key: MetricKey;
  /** Relative weight (> 0); weights need not sum to 100. */
  readonly weight: number;
  /** Use value / activeMembers (counts and amounts only). */
  readonly perMember: boolean;
}

export type AssessmentScheme = readonly AssessmentItem[];

/**
 * A county scheme in common practice: proposal quantity and quality, consultation,
 * inspection and research, opinion reports, attendance, duty and plan. Quantities that grow
 * with township size (proposals, opinion reports) are per member. Weights sum to 100.
 */
export const DEFAULT_ASSESSMENT_SCHEME: AssessmentScheme = [
  { key: 'proposalsSubmitted', weight: 10, perMember: true },
  { key: 'acceptanceRate', weight: 8, perMember: false },
  { key: 'replyRate', weight: 5, perMember: false },
  { key: 'satisfactionRate', weight: 7, perMember: false },
  { key: 'majorConsultations', weight: 8, perMember: false },
  { key: 'microConsultations', weight: 8, perMember: false },
  { key: 'inspections', weight: 7, perMember: false },
  { key: 'researchReports', weight: 8, perMember: false },
  { key: 'opinionReports', weight: 10, perMember: true },
  { key: 'opinionReportsAdopted', weight: 7, perMember: false },
  { key: 'attendanceRate', weight: 8, perMember: false },
  { key: 'dutyComplianceRate', weight: 8, perMember: false },
  { key: 'planCompletionRate', weight: 6, perMember: false },
];

/** Scheme as received from the county's configuration, before it is known to be valid. */
export interface AssessmentItemInput {
  readonly key: string;
  readonly weight: number;
  readonly perMember?: boolean;
}

/** Errors of a scheme, with the offending field (e.g. `scheme[2].weight`); empty when valid. */
export function validateScheme(scheme: readonly AssessmentItemInput[]): FieldError[] {
  if (scheme.length === 0) return [{ field: 'scheme', message: '考核方案至少需要一项指标' }];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  scheme.forEach((item, i) => {
    const at = `scheme[${i}]`;
    if (!isMetricKey(item.key)) {
      errors.push({ field: `${at}.key`, message: `未知指标：${item.key}` });
    } else {
      if (!isTownshipMetric(item.key)) {
        errors.push({
          field: `${at}.key`,
          message: `${metricByKey(item.key).label}只有全县数据，不归属任何乡镇，不能用于乡镇考核`,
        });
      }
      if (seen.has(item.key)) errors.push({ field: `${at}.key`, message: `指标重复：${item.key}` });
      if (item.perMember === true && metricByKey(item.key).kind === 'rate') {
        errors.push({ field: `${at}.perMember`, message: `比率指标不能按委员人均计算：${item.key}` });
      }
    }
    seen.add(item.key);
    if (typeof item.weight !== 'number' || !Number.isFinite(item.weight) || item.weight <= 0) {
      errors.push({ field: `${at}.weight`, message: '权重必须是大于 0 的有限数' });
    }
  });
  return errors;
}

export class AssessmentSchemeError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(`Invalid assessment scheme: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    this.name = 'AssessmentSchemeError';
  }
}

export interface AssessmentColumn {
  readonly key: MetricKey;
  readonly label: string;
  readonly kind: MetricKind;
  readonly weight: number;
  readonly perMember: boolean;
  /** The best (largest) township value, which scales to 100; null when no township has a value. */
  readonly best: number | null;
}

export interface AssessmentMetricScore {
  readonly key: MetricKey;
  readonly value: number | null;
  /** value / best × 100 in [0, 100]; 0 for null, and for everyone when best is 0 or absent. */
  readonly scaled: number;
}

export interface AssessmentRow {
  readonly townshipId: string;
  readonly townshipName: string;
  /** Σ weight × scaled / Σ weight, full precision (round for display with `round`). */
  readonly score: number;
  /** 1 = highest score; equal scores share a rank. */
  readonly rank: number;
  readonly metrics: readonly AssessmentMetricScore[];
}

export interface Assessment {
  readonly metrics: readonly AssessmentColumn[];
  /** In the order of the input rows. */
  readonly rows: readonly AssessmentRow[];
}

/** Scales values so the best is 100; null counts as 0. */
export function scaleToBest(values: readonly (number | null)[]): { best: number | null; scaled: number[] } {
  const present = values.filter((v): v is number => v !== null);
  const best = present.length > 0 ? Math.max(...present) : null;
  // Nobody can be "best" at zero: dividing would give NaN or reward nothing with 100.
  if (best === null || best <= 0) return { best, scaled: values.map(() => 0) };
  return { best, scaled: values.map((v) => (v === null ? 0 : (Math.max(v, 0) / best) * 100)) };
}

/** Throws AssessmentSchemeError when `validateScheme` finds errors. */
export function scoreAssessment(scheme: AssessmentScheme, rows: readonly TownshipRaw[]): Assessment {
  const errors = validateScheme(scheme);
  if (errors.length > 0) throw new AssessmentSchemeError(errors);

  const computed = rows.map((r) => ({ values: computeMetrics(r.raw), activeMembers: r.raw.activeMembers }));
  const columns = scheme.map((item) => {
    const values = computed.map((c) => displayValue(item.key, c.values, item.perMember, c.activeMembers));
    return { item, values, ...scaleToBest(values) };
  });

  const totalWeight = scheme.reduce((sum, item) => sum + item.weight, 0);
  const scores = rows.map((_, i) => columns.reduce((sum, c) => sum + c.item.weight * c.scaled[i], 0) / totalWeight);
  // Rank on a 9-decimal rounding so mathematically equal scores tie despite float summation order.
  const ranks = rankValues(scores.map((s) => round(s, 9)));

  return {
    metrics: columns.map(({ item, best }): AssessmentColumn => {
      const def = metricByKey(item.key);
      return { key: item.key, label: def.label, kind: def.kind, weight: item.weight, perMember: item.perMember, best };
    }),
    rows: rows.map((row, i): AssessmentRow => ({
      townshipId: row.townshipId,
      townshipName: row.townshipName,
      score: scores[i],
      rank: ranks[i],
      metrics: columns.map((c) => ({ key: c.item.key, value: c.values[i], scaled: c.scaled[i] })),
    })),
  };
}
