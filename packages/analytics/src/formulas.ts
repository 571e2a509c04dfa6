/** Metric values from one aggregate row, exactly as docs/metrics.md defines them. */
import { METRIC_KEYS, type MetricKey, metricByKey } from './catalog';
import type { RawTownshipYear } from './raw';

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

const FORMULAS: { readonly [K in MetricKey]: (r: RawTownshipYear) => number | null } = {
  proposalsSubmitted: (r) => r.proposalsSubmitted,
  proposalsAccepted: (r) => r.proposalsAccepted,
  acceptanceRate: (r) => rate(r.proposalsAccepted, r.proposalsSubmitted),
  keyProposals: (r) => r.keyProposals,
  proposalsReplied: (r) => r.proposalsReplied,
  replyRate: (r) => rate(r.proposalsReplied, r.proposalsAccepted),
  onTimeReplyRate: (r) => rate(r.repliedOnTime, r.proposalsAccepted),
  satisfactionRate: (r) => rate(r.feedbackSatisfied + r.feedbackBasicallySatisfied, r.feedbackTotal),
  fullySatisfiedRate: (r) => rate(r.feedbackSatisfied, r.feedbackTotal),
  implementationRate: (r) => rate(r.implemented + r.beingImplemented, r.proposalsAccepted),
  resolvedRate: (r) => rate(r.implemented, r.proposalsAccepted),

  studySessions: (r) => r.studySessions,
  meetings: (r) => r.meetings,
  majorConsultations: (r) => r.majorConsultations,
  microConsultations: (r) => r.microConsultations,
  inspections: (r) => r.inspections,
  inspectionReports: (r) => r.inspectionsWithReport,
  researchReports: (r) => r.researchWithReport,
  visits: (r) => r.visits,
  suggestionsMade: (r) => r.suggestionsMade,
  suggestionsAdopted: (r) => r.suggestionsAdopted,
  suggestionAdoptionRate: (r) => rate(r.suggestionsAdopted, r.suggestionsMade),
  donationsYuan: (r) => r.donationsYuan,
  publicityItems: (r) => r.publicityItems,
  attendanceRate: (r) => rate(r.attendancePresent, r.attendanceTotal),
  memberParticipationRate: (r) => rate(r.activeMembersPresent, r.activeMembers),

  opinionReports: (r) => r.opinionReports,
  opinionReportsAdopted: (r) => r.opinionAdopted,
  opinionAdoptionRate: (r) => rate(r.opinionAdopted, r.opinionReports),
  opinionAdoptedProvincialOrAbove: (r) => r.opinionAdoptedProvincialOrAbove,
  leaderInstructions: (r) => r.leaderInstructions,

  supervisionTargets: (r) => r.supervisionTargets,
  rectificationItems: (r) => r.rectificationItems,
  rectificationRate: (r) => rate(r.rectificationDone, r.rectificationItems),
  specialSupervisors: (r) => r.specialSupervisors,

  activeMembers: (r) => r.activeMembers,
  dutyComplianceRate: (r) => rate(r.membersMeetingAllRules, r.activeMembers),
  // A mean over no members is undefined, so it is null like a rate.
  averageDutyPoints: (r) => rate(r.dutyPointsSum, r.activeMembers),
  planCompletionRate: (r) => rate(r.planAchievedSum, r.planTargetSum),
};

export function computeMetric(key: MetricKey, raw: RawTownshipYear): number | null {
  return FORMULAS[key](raw);
}

export function computeMetrics(raw: RawTownshipYear): MetricValues {
  const values = {} as MetricValues;
  for (const key of METRIC_KEYS) values[key] = FORMULAS[key](raw);
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
