import { describe, it, expect } from 'vitest';
import { RectificationStatus, Satisfaction, SupervisionPhase } from './enums';
import {
  DEFAULT_GRADE_THRESHOLDS,
  REQUIRED_SUPERVISION_PHASES,
  SUPERVISION_PHASE_ORDER,
  allowedRectificationTargets,
  canRecordPhase,
  gradeForScore,
  gradeLabelForScore,
  isSupervisionComplete,
  nextRectificationStatus,
  recordablePhases,
  validateEvaluation,
} from './supervision-workflow';

const P = SupervisionPhase;
const R = RectificationStatus;

describe('canRecordPhase', () => {
  // [already recorded, phase to record, allowed?] written out by hand.
  const cases: [SupervisionPhase[], SupervisionPhase, boolean][] = [
    [[], P.PLAN_CHECK, true],
    [[], P.MID_YEAR_URGING, false],
    [[], P.EVALUATION, false],
    [[], P.LOOK_BACK, false],
    [[P.PLAN_CHECK], P.MID_YEAR_URGING, true],
    [[P.PLAN_CHECK], P.EVALUATION, false],
    [[P.PLAN_CHECK], P.LOOK_BACK, false],
    [[P.PLAN_CHECK], P.PLAN_CHECK, false],
    [[P.PLAN_CHECK, P.MID_YEAR_URGING], P.EVALUATION, true],
    [[P.PLAN_CHECK, P.MID_YEAR_URGING], P.LOOK_BACK, false],
    [[P.PLAN_CHECK, P.MID_YEAR_URGING], P.MID_YEAR_URGING, false],
    [[P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION], P.LOOK_BACK, true],
    [[P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION], P.EVALUATION, false],
    [[P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION, P.LOOK_BACK], P.LOOK_BACK, false],
    [[P.MID_YEAR_URGING, P.PLAN_CHECK], P.EVALUATION, true], // order of the list does not matter
    [[P.PLAN_CHECK, P.EVALUATION], P.LOOK_BACK, false], // a gap (bad data) still blocks
  ];

  it.each(cases)('recorded %j, record %s → %s', (recorded, phase, ok) => {
    const r = canRecordPhase(recorded, phase);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
  });

  it('names the missing phases in Chinese', () => {
    const r = canRecordPhase([P.PLAN_CHECK], P.LOOK_BACK);
    expect(r).toEqual({ ok: false, reason: '须先记录“中期督促落实”、“后期民主评议”，才能记录“回头看”' });
  });

  it('refuses a second record of the same phase', () => {
    const r = canRecordPhase([P.PLAN_CHECK], P.PLAN_CHECK);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('已记录');
  });

  it('refuses an unknown phase', () => {
    expect(canRecordPhase([], 'FINAL' as SupervisionPhase).ok).toBe(false);
  });

  it('recordablePhases gives the single next phase', () => {
    expect(recordablePhases([])).toEqual([P.PLAN_CHECK]);
    expect(recordablePhases([P.PLAN_CHECK])).toEqual([P.MID_YEAR_URGING]);
    expect(recordablePhases([P.PLAN_CHECK, P.MID_YEAR_URGING])).toEqual([P.EVALUATION]);
    expect(recordablePhases([P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION])).toEqual([P.LOOK_BACK]);
    expect(recordablePhases(SUPERVISION_PHASE_ORDER)).toEqual([]);
  });

  it('a target is complete after the evaluation; look-back is optional', () => {
    expect(REQUIRED_SUPERVISION_PHASES).toEqual([P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION]);
    expect(isSupervisionComplete([P.PLAN_CHECK, P.MID_YEAR_URGING])).toBe(false);
    expect(isSupervisionComplete([P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION])).toBe(true);
    expect(isSupervisionComplete([P.PLAN_CHECK, P.MID_YEAR_URGING, P.EVALUATION, P.LOOK_BACK])).toBe(true);
  });
});

describe('validateEvaluation', () => {
  const valid = { questionnairesIssued: 120, questionnairesReturned: 118, score: 92.5, recommendationCount: 6 };

  it('accepts valid figures, including returned = issued and zeros', () => {
    expect(validateEvaluation(valid)).toEqual([]);
    expect(validateEvaluation({ ...valid, questionnairesReturned: 120 })).toEqual([]);
    expect(
      validateEvaluation({ questionnairesIssued: 0, questionnairesReturned: 0, score: 0, recommendationCount: 0 }),
    ).toEqual([]);
    expect(validateEvaluation({ ...valid, score: 100 })).toEqual([]);
  });

  it('skips fields not recorded yet', () => {
    expect(validateEvaluation({})).toEqual([]);
    expect(validateEvaluation({ questionnairesIssued: null, questionnairesReturned: 30, score: null })).toEqual([]);
  });

  it('refuses more returned than issued', () => {
    const errors = validateEvaluation({ ...valid, questionnairesReturned: 121 });
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('questionnairesReturned');
    expect(errors[0].message).toContain('不能多于');
  });

  it.each([
    ['questionnairesIssued', -1],
    ['questionnairesIssued', 10.5],
    ['questionnairesReturned', -3],
    ['questionnairesReturned', 2.2],
    ['recommendationCount', -1],
    ['recommendationCount', 0.5],
    ['recommendationCount', Number.NaN],
    ['questionnairesIssued', Number.POSITIVE_INFINITY],
  ] as const)('refuses %s = %s', (field, value) => {
    const errors = validateEvaluation({ ...valid, [field]: value });
    expect(errors.map((e) => e.field)).toContain(field);
    for (const e of errors) expect(e.message.length).toBeGreaterThan(0);
  });

  it.each([-0.1, 100.01, 150, Number.NaN, Number.POSITIVE_INFINITY])('refuses score %s', (score) => {
    expect(validateEvaluation({ ...valid, score })).toEqual([
      { field: 'score', message: '测评得分须在 0 到 100 之间' },
    ]);
  });

  it('reports every bad field at once', () => {
    const errors = validateEvaluation({
      questionnairesIssued: -1,
      questionnairesReturned: 1.5,
      score: 101,
      recommendationCount: -2,
    });
    expect(errors.map((e) => e.field).sort()).toEqual([
      'questionnairesIssued',
      'questionnairesReturned',
      'recommendationCount',
      'score',
    ]);
  });
});

describe('gradeForScore', () => {
  it('uses the county default thresholds 90 / 75', () => {
    expect(DEFAULT_GRADE_THRESHOLDS).toEqual({ satisfied: 90, basicallySatisfied: 75 });
  });

  it.each([
    [100, Satisfaction.SATISFIED],
    [90, Satisfaction.SATISFIED],
    [89.99, Satisfaction.BASICALLY_SATISFIED],
    [75, Satisfaction.BASICALLY_SATISFIED],
    [74.9, Satisfaction.DISSATISFIED],
    [0, Satisfaction.DISSATISFIED],
  ])('%s → %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });

  it('accepts a county’s own thresholds', () => {
    const own = { satisfied: 85, basicallySatisfied: 60 };
    expect(gradeForScore(86, own)).toBe(Satisfaction.SATISFIED);
    expect(gradeForScore(60, own)).toBe(Satisfaction.BASICALLY_SATISFIED);
    expect(gradeForScore(59, own)).toBe(Satisfaction.DISSATISFIED);
  });

  it.each([-1, 101, Number.NaN])('throws for %s', (score) => {
    expect(() => gradeForScore(score)).toThrow(RangeError);
  });

  it('gives the Chinese grade', () => {
    expect(gradeLabelForScore(92)).toBe('满意');
    expect(gradeLabelForScore(80)).toBe('基本满意');
    expect(gradeLabelForScore(60)).toBe('不满意');
  });
});

describe('nextRectificationStatus', () => {
  // Every (from, to) pair against a hand-written table.
  const allowed: Record<RectificationStatus, RectificationStatus[]> = {
    [R.PENDING]: [R.IN_PROGRESS, R.DONE],
    [R.IN_PROGRESS]: [R.DONE],
    [R.DONE]: [],
  };
  const statuses = Object.values(RectificationStatus);
  const pairs = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

  it.each(pairs)('%s → %s', (from, to) => {
    const r = nextRectificationStatus(from, to);
    if (allowed[from].includes(to)) {
      expect(r).toEqual({ ok: true, to });
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('INVALID_TRANSITION');
        expect(r.reason.length).toBeGreaterThan(0);
      }
    }
  });

  it('explains a backwards move in Chinese', () => {
    expect(nextRectificationStatus(R.DONE, R.IN_PROGRESS)).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      reason: '整改事项当前为“已整改”，不能改为“整改中”：整改状态不能回退',
    });
    const same = nextRectificationStatus(R.IN_PROGRESS, R.IN_PROGRESS);
    expect(same.ok).toBe(false);
    if (!same.ok) expect(same.reason).toContain('状态未变化');
  });

  it('allowedRectificationTargets', () => {
    for (const s of statuses) expect(allowedRectificationTargets(s)).toEqual(allowed[s]);
    expect(allowedRectificationTargets('LOST' as RectificationStatus)).toEqual([]);
  });
});
