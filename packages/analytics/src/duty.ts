/**
 * Member duty rules (the county's "四个一" plus plenary attendance): a member meets a rule
 * when their count for the year reaches the rule's minimum; points are earned per rule met.
 */
import type { FieldError } from './errors';

export type DutyRuleKey =
  'PROPOSAL' | 'OPINION_REPORT' | 'RESEARCH_OR_INSPECTION' | 'DUTY_REPORT' | 'PLENARY_ATTENDANCE';

export const DUTY_RULE_KEYS: readonly DutyRuleKey[] = [
  'PROPOSAL',
  'OPINION_REPORT',
  'RESEARCH_OR_INSPECTION',
  'DUTY_REPORT',
  'PLENARY_ATTENDANCE',
];

export const DUTY_RULE_LABELS: Readonly<Record<DutyRuleKey, string>> = {
  PROPOSAL: '提交提案',
  OPINION_REPORT: '报送社情民意',
  RESEARCH_OR_INSPECTION: '参加调研或视察',
  DUTY_REPORT: '提交述职报告',
  PLENARY_ATTENDANCE: '出席全体会议',
};

export interface DutyRule {
  readonly key: DutyRuleKey;
  /** Minimum count for the year; 0 makes the rule always met. */
  readonly minCount: number;
  /** Duty points (履职积分) earned when the rule is met. */
  readonly points: number;
}

/**
 * One member's counts for the year, per rule key:
 * PROPOSAL – proposals they led or co-signed; OPINION_REPORT – opinion reports they
 * submitted or co-submitted; RESEARCH_OR_INSPECTION – activities counted by researchReports
 * (research with its report) or inspections (see record-counts.ts)
 * they attended (PRESENT); DUTY_REPORT – written duty reports (述职报告) filed;
 * PLENARY_ATTENDANCE – plenary-session meetings attended (PRESENT).
 */
export type MemberDutyRecord = Readonly<Record<DutyRuleKey, number>>;

export interface DutyRuleOutcome {
  readonly key: DutyRuleKey;
  readonly minCount: number;
  readonly actual: number;
  readonly met: boolean;
  /** Points earned: the rule's points when met, else 0. */
  readonly points: number;
}

export interface MemberDutyResult {
  /** One outcome per rule, in the rules' order. */
  readonly outcomes: readonly DutyRuleOutcome[];
  /** True when every rule is met (vacuously true with no rules). */
  readonly allMet: boolean;
  /** Sum of points of the rules met. */
  readonly points: number;
  /** Keys of the rules missed, for the annual review list (年度考评). */
  readonly missed: readonly DutyRuleKey[];
}

export function evaluateMemberDuty(record: MemberDutyRecord, rules: readonly DutyRule[]): MemberDutyResult {
  const outcomes = rules.map((rule): DutyRuleOutcome => {
    const actual = record[rule.key];
    const met = actual >= rule.minCount;
    return { key: rule.key, minCount: rule.minCount, actual, met, points: met ? rule.points : 0 };
  });
  return {
    outcomes,
    allMet: outcomes.every((o) => o.met),
    points: outcomes.reduce((sum, o) => sum + o.points, 0),
    missed: outcomes.filter((o) => !o.met).map((o) => o.key),
  };
}

/** The duty fields of RawTownshipYear. */
export interface DutySummary {
  membersMeetingAllRules: number;
  dutyPointsSum: number;
}

/**
 * What one member adds to each duty field: 1 to membersMeetingAllRules when they meet every rule,
 * their points to dutyPointsSum. The drill-down lists the members with a non-zero share.
 */
export function dutyContribution(result: Pick<MemberDutyResult, 'allMet' | 'points'>): DutySummary {
  return { membersMeetingAllRules: result.allMet ? 1 : 0, dutyPointsSum: result.points };
}

/** The duty fields of RawTownshipYear for a group of members, from their evaluated results. */
export function summariseDuty(results: Iterable<Pick<MemberDutyResult, 'allMet' | 'points'>>): DutySummary {
  const sum: DutySummary = { membersMeetingAllRules: 0, dutyPointsSum: 0 };
  for (const result of results) {
    const share = dutyContribution(result);
    sum.membersMeetingAllRules += share.membersMeetingAllRules;
    sum.dutyPointsSum += share.dutyPointsSum;
  }
  return sum;
}

const isDutyRuleKey = (s: string): s is DutyRuleKey => (DUTY_RULE_KEYS as readonly string[]).includes(s);

/** Errors of a year's rule set as configured by the county; empty when valid. */
export function validateDutyRules(rules: readonly { key: string; minCount: number; points: number }[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (!isDutyRuleKey(rule.key)) {
      errors.push({ field: `rules[${i}].key`, message: `未知履职规则：${rule.key}` });
    } else if (seen.has(rule.key)) {
      errors.push({ field: `rules[${i}].key`, message: `履职规则重复：${rule.key}` });
    }
    seen.add(rule.key);
    if (!Number.isInteger(rule.minCount) || rule.minCount < 0) {
      errors.push({ field: `rules[${i}].minCount`, message: '最低次数必须是非负整数' });
    }
    if (!Number.isFinite(rule.points) || rule.points < 0) {
      errors.push({ field: `rules[${i}].points`, message: '积分必须是非负数' });
    }
  });
  return errors;
}

/** The county's default: 四个一 (one each of proposal, opinion report, research/inspection, duty report) and plenary attendance, 10 points each. */
export const DEFAULT_DUTY_RULES: readonly DutyRule[] = DUTY_RULE_KEYS.map((key) => ({ key, minCount: 1, points: 10 }));
