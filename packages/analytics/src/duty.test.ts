import { describe, it, expect } from 'vitest';
import {
  dutyContribution,
  evaluateMemberDuty,
  summariseDuty,
  validateDutyRules,
  type DutyRule,
  type MemberDutyRecord,
} from './duty';

const RULES: DutyRule[] = [
  { key: 'PROPOSAL', minCount: 1, points: 10 },
  { key: 'OPINION_REPORT', minCount: 1, points: 10 },
  { key: 'RESEARCH_OR_INSPECTION', minCount: 1, points: 5 },
  { key: 'DUTY_REPORT', minCount: 1, points: 5 },
  { key: 'PLENARY_ATTENDANCE', minCount: 1, points: 20 },
];

const record = (over: Partial<MemberDutyRecord> = {}): MemberDutyRecord => ({
  PROPOSAL: 0,
  OPINION_REPORT: 0,
  RESEARCH_OR_INSPECTION: 0,
  DUTY_REPORT: 0,
  PLENARY_ATTENDANCE: 0,
  ...over,
});

describe('evaluateMemberDuty', () => {
  it('meets every rule', () => {
    const r = evaluateMemberDuty(
      record({ PROPOSAL: 2, OPINION_REPORT: 1, RESEARCH_OR_INSPECTION: 3, DUTY_REPORT: 1, PLENARY_ATTENDANCE: 1 }),
      RULES,
    );
    expect(r.allMet).toBe(true);
    expect(r.points).toBe(50);
    expect(r.missed).toEqual([]);
    expect(r.outcomes.map((o) => o.met)).toEqual([true, true, true, true, true]);
  });

  it('sums only the points of rules met and lists the missed ones', () => {
    const r = evaluateMemberDuty(record({ PROPOSAL: 1, PLENARY_ATTENDANCE: 1 }), RULES);
    expect(r.allMet).toBe(false);
    expect(r.points).toBe(30);
    expect(r.missed).toEqual(['OPINION_REPORT', 'RESEARCH_OR_INSPECTION', 'DUTY_REPORT']);
    expect(r.outcomes[1]).toEqual({ key: 'OPINION_REPORT', minCount: 1, actual: 0, met: false, points: 0 });
  });

  it('uses minCount as an inclusive minimum', () => {
    const rules: DutyRule[] = [{ key: 'OPINION_REPORT', minCount: 2, points: 4 }];
    expect(evaluateMemberDuty(record({ OPINION_REPORT: 1 }), rules).allMet).toBe(false);
    expect(evaluateMemberDuty(record({ OPINION_REPORT: 2 }), rules).allMet).toBe(true);
    expect(evaluateMemberDuty(record(), [{ key: 'DUTY_REPORT', minCount: 0, points: 1 }]).points).toBe(1);
  });

  it('is vacuously met with no rules', () => {
    expect(evaluateMemberDuty(record(), [])).toEqual({ outcomes: [], allMet: true, points: 0, missed: [] });
  });
});

describe('summariseDuty', () => {
  it('gives the raw duty fields of a township', () => {
    const s = summariseDuty(
      [
        record({ PROPOSAL: 1, OPINION_REPORT: 1, RESEARCH_OR_INSPECTION: 1, DUTY_REPORT: 1, PLENARY_ATTENDANCE: 1 }),
        record({ PROPOSAL: 1 }),
        record(),
      ].map((r) => evaluateMemberDuty(r, RULES)),
    );
    expect(s).toEqual({ membersMeetingAllRules: 1, dutyPointsSum: 60 });
  });
});

describe('validateDutyRules', () => {
  it('accepts the standard rules', () => {
    expect(validateDutyRules(RULES)).toEqual([]);
  });

  it('reports unknown and duplicate keys, bad minimums and points', () => {
    const errors = validateDutyRules([
      { key: 'PROPOSAL', minCount: 1, points: 1 },
      { key: 'PROPOSAL', minCount: 1.5, points: -1 },
      { key: 'DANCE', minCount: 1, points: Number.NaN },
    ]);
    expect(errors.map((e) => e.field)).toEqual([
      'rules[1].key',
      'rules[1].minCount',
      'rules[1].points',
      'rules[2].key',
      'rules[2].points',
    ]);
  });
});

describe('dutyContribution', () => {
  it('is what one member adds to the duty fields, and summariseDuty their sum', () => {
    const met = evaluateMemberDuty(
      record({ PROPOSAL: 1, OPINION_REPORT: 1, RESEARCH_OR_INSPECTION: 1, DUTY_REPORT: 1, PLENARY_ATTENDANCE: 1 }),
      RULES,
    );
    const missed = evaluateMemberDuty(record({ PROPOSAL: 2 }), RULES);
    expect(dutyContribution(met)).toEqual({ membersMeetingAllRules: 1, dutyPointsSum: 50 });
    expect(dutyContribution(missed)).toEqual({ membersMeetingAllRules: 0, dutyPointsSum: 10 });
    expect(summariseDuty([met, missed])).toEqual({ membersMeetingAllRules: 1, dutyPointsSum: 60 });
  });
});
