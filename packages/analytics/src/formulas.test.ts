import { describe, it, expect } from 'vitest';
import { METRIC_KEYS, metricByKey } from './catalog';
import {
  computeMetric,
  computeMetrics,
  displayValue,
  METRIC_PARTS,
  metricPartFields,
  perMemberValue,
  planAchieved,
  planCompletion,
  rate,
} from './formulas';
import { emptyRaw, toRaw } from './raw';

const r4 = (n: number | null): number | null => (n === null ? null : Math.round(n * 1e4) / 1e4);

describe('rate', () => {
  it('divides, and is null (never 0 or NaN) for a zero denominator', () => {
    expect(rate(1, 4)).toBe(0.25);
    expect(rate(0, 4)).toBe(0);
    expect(rate(0, 0)).toBeNull();
    expect(rate(3, 0)).toBeNull();
  });
});

describe('perMemberValue', () => {
  it('divides by active members, null when there are none or no value', () => {
    expect(perMemberValue(12, 4)).toBe(3);
    expect(perMemberValue(0, 4)).toBe(0);
    expect(perMemberValue(12, 0)).toBeNull();
    expect(perMemberValue(null, 4)).toBeNull();
  });

  it('displayValue normalises counts and amounts but never rates', () => {
    const values = computeMetrics(
      toRaw({ proposalsSubmitted: 10, proposalsAccepted: 5, donationsYuan: 1000, activeMembers: 20 }),
    );
    expect(displayValue('proposalsSubmitted', values, true, 20)).toBe(0.5);
    expect(displayValue('donationsYuan', values, true, 20)).toBe(50);
    expect(displayValue('acceptanceRate', values, true, 20)).toBe(0.5);
    expect(displayValue('proposalsSubmitted', values, false, 20)).toBe(10);
    expect(displayValue('proposalsSubmitted', values, true, 0)).toBeNull();
  });
});

describe('computeMetrics', () => {
  it('reproduces the docs/metrics.md check (city CPPCC year)', () => {
    const m = computeMetrics(
      toRaw({
        proposalsSubmitted: 86,
        proposalsAccepted: 38,
        proposalsReplied: 38,
        feedbackTotal: 38,
        feedbackSatisfied: 25,
        feedbackBasicallySatisfied: 10,
        implemented: 20,
        beingImplemented: 13,
      }),
    );
    expect(r4(m.acceptanceRate)).toBe(0.4419);
    expect(m.replyRate).toBe(1);
    expect(r4(m.satisfactionRate)).toBe(0.9211);
    expect(r4(m.implementationRate)).toBe(0.8684);
    expect(r4(m.fullySatisfiedRate)).toBe(0.6579);
    expect(r4(m.resolvedRate)).toBe(0.5263);
  });

  it('gives every key, and null for every rate of an empty row', () => {
    const m = computeMetrics(emptyRaw());
    expect(Object.keys(m)).toEqual([...METRIC_KEYS]);
    expect(m.acceptanceRate).toBeNull();
    expect(m.replyRate).toBeNull();
    expect(m.onTimeReplyRate).toBeNull();
    expect(m.satisfactionRate).toBeNull();
    expect(m.suggestionAdoptionRate).toBeNull();
    expect(m.attendanceRate).toBeNull();
    expect(m.memberParticipationRate).toBeNull();
    expect(m.opinionAdoptionRate).toBeNull();
    expect(m.rectificationRate).toBeNull();
    expect(m.dutyComplianceRate).toBeNull();
    expect(m.averageDutyPoints).toBeNull();
    expect(m.planCompletionRate).toBeNull();
    expect(m.proposalsSubmitted).toBe(0);
    expect(m.donationsYuan).toBe(0);
    expect(Object.values(m).some((v) => typeof v === 'number' && Number.isNaN(v))).toBe(false);
  });

  it('computes every formula from its fields', () => {
    const m = computeMetrics(
      toRaw({
        proposalsSubmitted: 20,
        proposalsAccepted: 16,
        keyProposals: 2,
        proposalsReplied: 12,
        repliedOnTime: 8,
        feedbackTotal: 10,
        feedbackSatisfied: 6,
        feedbackBasicallySatisfied: 3,
        implemented: 4,
        beingImplemented: 8,
        studySessions: 12,
        meetings: 6,
        majorConsultations: 1,
        microConsultations: 11,
        inspections: 2,
        inspectionsWithReport: 1,
        researchWithReport: 3,
        visits: 4,
        publicityItems: 5,
        suggestionsMade: 40,
        suggestionsAdopted: 10,
        donationsYuan: 12345.6,
        attendancePresent: 90,
        attendanceTotal: 120,
        activeMembers: 25,
        activeMembersPresent: 20,
        opinionReports: 8,
        opinionAdopted: 6,
        opinionAdoptedProvincialOrAbove: 1,
        leaderInstructions: 2,
        supervisionTargets: 3,
        rectificationItems: 10,
        rectificationDone: 7,
        specialSupervisors: 2,
        membersMeetingAllRules: 15,
        dutyPointsSum: 500,
        planTargetSum: 14,
        planAchievedSum: 12,
      }),
    );
    expect(m).toEqual({
      proposalsSubmitted: 20,
      proposalsAccepted: 16,
      acceptanceRate: 0.8,
      keyProposals: 2,
      proposalsReplied: 12,
      replyRate: 0.75,
      onTimeReplyRate: 0.5,
      satisfactionRate: 0.9,
      fullySatisfiedRate: 0.6,
      implementationRate: 0.75,
      resolvedRate: 0.25,
      studySessions: 12,
      meetings: 6,
      majorConsultations: 1,
      microConsultations: 11,
      inspections: 2,
      inspectionReports: 1,
      researchReports: 3,
      visits: 4,
      suggestionsMade: 40,
      suggestionsAdopted: 10,
      suggestionAdoptionRate: 0.25,
      donationsYuan: 12345.6,
      publicityItems: 5,
      attendanceRate: 0.75,
      memberParticipationRate: 0.8,
      opinionReports: 8,
      opinionReportsAdopted: 6,
      opinionAdoptionRate: 0.75,
      opinionAdoptedProvincialOrAbove: 1,
      leaderInstructions: 2,
      supervisionTargets: 3,
      rectificationItems: 10,
      rectificationRate: 0.7,
      specialSupervisors: 2,
      activeMembers: 25,
      dutyComplianceRate: 0.6,
      averageDutyPoints: 20,
      planCompletionRate: 12 / 14,
    });
    expect(computeMetric('researchReports', toRaw({ researchWithReport: 3 }))).toBe(3);
  });

  it('keeps rates whose numerator is 0 at 0, not null', () => {
    const m = computeMetrics(toRaw({ proposalsSubmitted: 5 }));
    expect(m.acceptanceRate).toBe(0);
    expect(m.replyRate).toBeNull();
  });
});

describe('planCompletion', () => {
  it('caps each item at its target', () => {
    const items = [
      { target: 4, actual: 6 },
      { target: 6, actual: 3 },
      { target: 2, actual: 2 },
    ];
    expect(planAchieved(items)).toBe(9);
    expect(planCompletion(items)).toBe(9 / 12);
  });

  it('is 1 when every item is met and null with no target', () => {
    expect(planCompletion([{ target: 2, actual: 5 }])).toBe(1);
    expect(planCompletion([])).toBeNull();
    expect(planCompletion([{ target: 0, actual: 3 }])).toBeNull();
    expect(planCompletion([{ target: 3, actual: 0 }])).toBe(0);
  });
});

describe('metric parts (what the drill-down lists)', () => {
  it('gives every rate a denominator, and counts and amounts the active members as per-member denominator', () => {
    for (const key of METRIC_KEYS) {
      const kind = metricByKey(key).kind;
      if (kind === 'rate') expect(METRIC_PARTS[key].denominator, key).toBeDefined();
      else expect(metricPartFields(key, 'DENOMINATOR'), key).toEqual(['activeMembers']);
      expect(metricPartFields(key, 'NUMERATOR'), key).toBe(METRIC_PARTS[key].numerator);
    }
    expect(metricPartFields('satisfactionRate', 'NUMERATOR')).toEqual([
      'feedbackSatisfied',
      'feedbackBasicallySatisfied',
    ]);
    expect(metricPartFields('attendanceRate', 'DENOMINATOR')).toEqual(['attendanceTotal']);
  });

  it('computes each metric from its parts', () => {
    const raw = toRaw({
      feedbackTotal: 8,
      feedbackSatisfied: 3,
      feedbackBasicallySatisfied: 3,
      dutyPointsSum: 90,
      activeMembers: 3,
    });
    expect(computeMetric('satisfactionRate', raw)).toBe(0.75);
    expect(computeMetric('averageDutyPoints', raw)).toBe(30);
    expect(computeMetric('averageDutyPoints', emptyRaw())).toBeNull();
  });
});
