import { describe, it, expect } from 'vitest';
import {
  DEFAULT_ASSESSMENT_SCHEME,
  AssessmentSchemeError,
  scaleToBest,
  scoreAssessment,
  validateScheme,
  type AssessmentScheme,
} from './assessment';
import type { TownshipRaw } from './comparison';
import { toRaw } from './raw';
import { round } from './round';

const rows: TownshipRaw[] = [
  {
    townshipId: 'a',
    townshipName: '甲镇',
    raw: toRaw({ proposalsSubmitted: 10, proposalsAccepted: 5, activeMembers: 20 }),
  },
  {
    townshipId: 'b',
    townshipName: '乙镇',
    raw: toRaw({ proposalsSubmitted: 5, proposalsAccepted: 5, activeMembers: 5 }),
  },
  { townshipId: 'c', townshipName: '丙镇', raw: toRaw({ proposalsSubmitted: 0, activeMembers: 10 }) },
];

describe('scaleToBest', () => {
  it('scales the best to 100 and null to 0', () => {
    expect(scaleToBest([4, 2, null, 0])).toEqual({ best: 4, scaled: [100, 50, 0, 0] });
  });

  it('gives everyone 0 when the best is 0 or there are no values', () => {
    expect(scaleToBest([0, 0, null])).toEqual({ best: 0, scaled: [0, 0, 0] });
    expect(scaleToBest([null, null])).toEqual({ best: null, scaled: [0, 0] });
  });
});

describe('validateScheme: county-only metrics', () => {
  it('refuses a supervision metric, which no township has a value of, on its row', () => {
    const errors = validateScheme([
      { key: 'proposalsSubmitted', weight: 50 },
      { key: 'rectificationRate', weight: 50 },
    ]);
    expect(errors).toEqual([{ field: 'scheme[1].key', message: expect.stringMatching(/只有全县数据/) }]);
    expect(() => scoreAssessment([{ key: 'supervisionTargets', weight: 1, perMember: false }], rows)).toThrow(
      AssessmentSchemeError,
    );
  });
});

describe('scoreAssessment', () => {
  it('weights scaled values and ranks the scores', () => {
    const scheme: AssessmentScheme = [
      { key: 'proposalsSubmitted', weight: 60, perMember: true },
      { key: 'acceptanceRate', weight: 40, perMember: false },
    ];
    const a = scoreAssessment(scheme, rows);
    // per member: a 0.5, b 1, c 0 → 50, 100, 0; acceptance: a 0.5, b 1, c null → 50, 100, 0
    expect(a.rows.map((r) => r.score)).toEqual([50, 100, 0]);
    expect(a.rows.map((r) => r.rank)).toEqual([2, 1, 3]);
    expect(a.rows[0].metrics).toEqual([
      { key: 'proposalsSubmitted', value: 0.5, scaled: 50 },
      { key: 'acceptanceRate', value: 0.5, scaled: 50 },
    ]);
    expect(a.rows[2].metrics[1]).toEqual({ key: 'acceptanceRate', value: null, scaled: 0 });
    expect(a.metrics).toEqual([
      { key: 'proposalsSubmitted', label: '提交提案', kind: 'count', weight: 60, perMember: true, best: 1 },
      { key: 'acceptanceRate', label: '立案率', kind: 'rate', weight: 40, perMember: false, best: 1 },
    ]);
  });

  it('divides by the total weight, which need not be 100', () => {
    const a = scoreAssessment(
      [
        { key: 'proposalsSubmitted', weight: 1, perMember: false },
        { key: 'proposalsAccepted', weight: 3, perMember: false },
      ],
      rows,
    );
    // a: 100 and 100; b: 50 and 100; c: 0 and 0
    expect(a.rows.map((r) => r.score)).toEqual([100, 87.5, 0]);
  });

  it('gives 0 to every township for an all-null metric', () => {
    const a = scoreAssessment(
      [
        { key: 'satisfactionRate', weight: 50, perMember: false },
        { key: 'proposalsSubmitted', weight: 50, perMember: false },
      ],
      rows,
    );
    expect(a.metrics[0].best).toBeNull();
    expect(a.rows.map((r) => r.metrics[0].scaled)).toEqual([0, 0, 0]);
    expect(a.rows.map((r) => r.score)).toEqual([50, 25, 0]);
  });

  it('ties share a rank (competition ranking)', () => {
    const tied: TownshipRaw[] = [
      { townshipId: 'x', townshipName: 'X', raw: toRaw({ inspections: 1, visits: 2 }) },
      { townshipId: 'y', townshipName: 'Y', raw: toRaw({ inspections: 2, visits: 1 }) },
      { townshipId: 'z', townshipName: 'Z', raw: toRaw({ inspections: 2, visits: 2 }) },
      { townshipId: 'w', townshipName: 'W', raw: toRaw({}) },
    ];
    const a = scoreAssessment(
      [
        { key: 'inspections', weight: 1, perMember: false },
        { key: 'visits', weight: 1, perMember: false },
      ],
      tied,
    );
    expect(a.rows.map((r) => r.rank)).toEqual([2, 2, 1, 4]);
    expect(round(a.rows[0].score, 2)).toBe(75);
  });

  it('ties equal scores even when float summation differs in the last bit', () => {
    const key = (inspections: number, visits: number, meetings: number) => toRaw({ inspections, visits, meetings });
    const a = scoreAssessment(
      [
        { key: 'inspections', weight: 1, perMember: false },
        { key: 'visits', weight: 1, perMember: false },
        { key: 'meetings', weight: 1, perMember: false },
      ],
      [
        { townshipId: 'x', townshipName: 'X', raw: key(1, 2, 3) },
        { townshipId: 'y', townshipName: 'Y', raw: key(3, 2, 1) },
        { townshipId: 'z', townshipName: 'Z', raw: key(1000, 1000, 1000) },
      ],
    );
    // 0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1 in binary floating point.
    expect(a.rows[0].score).not.toBe(a.rows[1].score);
    expect(a.rows.map((r) => r.rank)).toEqual([2, 2, 1]);
  });

  it('gives everyone 0 and rank 1 when nobody has any value', () => {
    const a = scoreAssessment(DEFAULT_ASSESSMENT_SCHEME, [
      { townshipId: 'p', townshipName: 'P', raw: toRaw({}) },
      { townshipId: 'q', townshipName: 'Q', raw: toRaw({}) },
    ]);
    expect(a.rows.map((r) => [r.score, r.rank])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('handles no townships', () => {
    expect(scoreAssessment(DEFAULT_ASSESSMENT_SCHEME, []).rows).toEqual([]);
  });

  it('refuses an invalid scheme', () => {
    expect(() => scoreAssessment([], rows)).toThrow(AssessmentSchemeError);
  });
});

describe('DEFAULT_ASSESSMENT_SCHEME', () => {
  it('is valid and its weights sum to 100', () => {
    expect(validateScheme(DEFAULT_ASSESSMENT_SCHEME)).toEqual([]);
    expect(DEFAULT_ASSESSMENT_SCHEME.reduce((s, i) => s + i.weight, 0)).toBe(100);
  });
});

describe('validateScheme', () => {
  it('rejects an empty scheme', () => {
    expect(validateScheme([])).toEqual([{ field: 'scheme', message: expect.any(String) }]);
  });

  it('reports unknown keys, bad weights, duplicates and per-member rates', () => {
    const errors = validateScheme([
      { key: 'proposalsSubmitted', weight: 10, perMember: true },
      { key: 'bogus', weight: 10, perMember: false },
      { key: 'inspections', weight: 0, perMember: false },
      { key: 'visits', weight: Number.POSITIVE_INFINITY, perMember: false },
      { key: 'meetings', weight: -5, perMember: false },
      { key: 'proposalsSubmitted', weight: 5, perMember: false },
      { key: 'replyRate', weight: 5, perMember: true },
      { key: 'studySessions', weight: Number.NaN },
    ]);
    expect(errors.map((e) => e.field)).toEqual([
      'scheme[1].key',
      'scheme[2].weight',
      'scheme[3].weight',
      'scheme[4].weight',
      'scheme[5].key',
      'scheme[6].perMember',
      'scheme[7].weight',
    ]);
    expect(errors.every((e) => e.message.length > 0)).toBe(true);
  });
});
