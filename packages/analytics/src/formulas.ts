/** Metric values from one aggregate row, exactly as docs/metrics.md defines them. */
import { METRIC_KEYS, type MetricKey, metricByKey } from './catalog';
import type { RawField, RawTownshipYear } from './raw';

export type MetricValues = Record<MetricKey, number | null>;

/** numerator / denominator; null when the denominator is 0 ("无数据"), never 0 or NaN. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** value / activeMembers; null when there are no active members or no value. */
export function perMemberValue(value: number | null, activeMembers: number): number | null {
  if (value === null || activeMembers === 0) return null;
  return value / activeMembers;
}

/**
 * The value shown for a metric: per-member for counts and amounts when asked,
 * the value itself for rates (a rate is never normalised).
 */
export function displayValue(
  key: MetricKey,
  values: MetricValues,
  perMember: boolean,
  activeMembers: number,
): number | null {
  const value = values[key];
  if (!perMember || metricByKey(key).kind === 'rate') return value;
  return perMemberValue(value, activeMembers);
}

/**
 * What each metric is made of, said once for the formulas and the drill-down (the server lists the
 * records behind each part): the sum of its numerator fields, divided by the sum of its
 * denominator fields when it has any (null for a zero denominator, as `rate`).
 */
export interface MetricParts {
  readonly numerator: readonly RawField[];
  readonly denominator?: readonly RawField[];
}

export const METRIC_PARTS: { readonly [K in MetricKey]: MetricParts } = {
  proposalsSubmitted: { numerator: ['proposalsSubmitted'] },
  proposalsAccepted: { numerator: ['proposalsAccepted'] },
  acceptanceRate: { numerator: ['proposalsAccepted'], denominator: ['proposalsSubmitted'] },
  keyProposals: { numerator: ['keyProposals'] },
  proposalsReplied: { numerator: ['proposalsReplied'] },
  replyRate: { numerator: ['proposalsReplied'], denominator: ['proposalsAccepted'] },
  onTimeReplyRate: { numerator: ['repliedOnTime'], denominator: ['proposalsAccepted'] },
  satisfactionRate: { numerator: ['feedbackSatisfied', 'feedbackBasicallySatisfied'], denominator: ['feedbackTotal'] },
  fullySatisfiedRate: { numerator: ['feedbackSatisfied'], denominator: ['feedbackTotal'] },
  implementationRate: { numerator: ['implemented', 'beingImplemented'], denominator: ['proposalsAccepted'] },
  resolvedRate: { numerator: ['implemented'], denominator: ['proposalsAccepted'] },

  studySessions: { numerator: ['studySessions'] },
  meetings: { numerator: ['meetings'] },
  majorConsultations: { numerator: ['majorConsultations'] },
  microConsultations: { numerator: ['microConsultations'] },
  inspections: { numerator: ['inspections'] },
  inspectionReports: { numerator: ['inspectionsWithReport'] },
  researchReports: { numerator: ['researchWithReport'] },
  visits: { numerator: ['visits'] },
  suggestionsMade: { numerator: ['suggestionsMade'] },
  suggestionsAdopted: { numerator: ['suggestionsAdopted'] },
  suggestionAdoptionRate: { numerator: ['suggestionsAdopted'], denominator: ['suggestionsMade'] },
  donationsYuan: { numerator: ['donationsYuan'] },
  publicityItems: { numerator: ['publicityItems'] },
  attendanceRate: { numerator: ['attendancePresent'], denominator: ['attendanceTotal'] },
  memberParticipationRate: { numerator: ['activeMembersPresent'], denominator: ['activeMembers'] },

  opinionReports: { numerator: ['opinionReports'] },
  opinionReportsAdopted: { numerator: ['opinionAdopted'] },
  opinionAdoptionRate: { numerator: ['opinionAdopted'], denominator: ['opinionReports'] },
  opinionAdoptedProvincialOrAbove: { numerator: ['opinionAdoptedProvincialOrAbove'] },
  leaderInstructions: { numerator: ['leaderInstructions'] },

  supervisionTargets: { numerator: ['supervisionTargets'] },
  rectificationItems: { numerator: ['rectificationItems'] },
  rectificationRate: { numerator: ['rectificationDone'], denominator: ['rectificationItems'] },
  specialSupervisors: { numerator: ['specialSupervisors'] },

  activeMembers: { numerator: ['activeMembers'] },
  dutyComplianceRate: { numerator: ['membersMeetingAllRules'], denominator: ['activeMembers'] },
  // A mean over no members is undefined, so it is null like a rate.
  averageDutyPoints: { numerator: ['dutyPointsSum'], denominator: ['activeMembers'] },
  planCompletionRate: { numerator: ['planAchievedSum'], denominator: ['planTargetSum'] },
};

const total = (raw: RawTownshipYear, fields: readonly RawField[]) => fields.reduce((sum, f) => sum + raw[f], 0);

/** Which part of a figure the drill-down lists. */
export type MetricPart = 'NUMERATOR' | 'DENOMINATOR';

const PER_MEMBER_DENOMINATOR: readonly RawField[] = ['activeMembers'];

/**
 * The fields whose records a part of a metric lists: a rate's numerator or denominator; for a
 * count or amount its own field, and as denominator the active members it is divided by per member.
 */
export function metricPartFields(key: MetricKey, part: MetricPart): readonly RawField[] {
  const parts = METRIC_PARTS[key];
  if (part === 'NUMERATOR') return parts.numerator;
  return parts.denominator ?? PER_MEMBER_DENOMINATOR;
}

export function computeMetric(key: MetricKey, raw: RawTownshipYear): number | null {
  const { numerator, denominator } = METRIC_PARTS[key];
  const value = total(raw, numerator);
  return denominator ? rate(value, total(raw, denominator)) : value;
}

export function computeMetrics(raw: RawTownshipYear): MetricValues {
  const values = {} as MetricValues;
  for (const key of METRIC_KEYS) values[key] = computeMetric(key, raw);
  return values;
}

export interface PlanItemProgress {
  readonly target: number;
  readonly actual: number;
}

/** Σ min(actual, target): over-fulfilling one item must not hide another one's shortfall. */
export function planAchieved(items: readonly PlanItemProgress[]): number {
  return items.reduce((sum, i) => sum + Math.min(i.actual, i.target), 0);
}

export function planTarget(items: readonly PlanItemProgress[]): number {
  return items.reduce((sum, i) => sum + i.target, 0);
}

/** Σ min(actual, target) / Σ target; null when Σ target is 0. */
export function planCompletion(items: readonly PlanItemProgress[]): number | null {
  return rate(planAchieved(items), planTarget(items));
}
