import { describe, expect, it } from 'vitest';
import { hasDenominator, isOneDivision, partFigure, recordRoute } from './drillApi';

describe('drill-down', () => {
  it('opens a record on its own page, and a row that hangs on another record on that one', () => {
    expect(recordRoute({ recordType: 'Proposal', id: '7', parentType: null, parentId: null })).toEqual({
      resource: 'proposals',
      id: '7',
      view: 'show',
    });
    expect(
      recordRoute({ recordType: 'ActivityParticipant', id: '90', parentType: 'Activity', parentId: '12' }),
    ).toEqual({ resource: 'activities', id: '12', view: 'show' });
    expect(recordRoute({ recordType: 'WorkPlanItem', id: '3', parentType: 'WorkPlan', parentId: '2' })?.resource).toBe(
      'workPlans',
    );
    expect(
      recordRoute({ recordType: 'RectificationItem', id: '5', parentType: 'SupervisionTarget', parentId: '4' }),
    ).toEqual({ resource: 'supervisionTargets', id: '4', view: 'show' });
    // Duty reports have an edit page only.
    expect(recordRoute({ recordType: 'DutyReport', id: '8', parentType: null, parentId: null })?.view).toBe('edit');
    expect(recordRoute({ recordType: 'Unknown', id: '1', parentType: null, parentId: null })).toBeNull();
  });

  it('lists a second part for rates and per-member values, not for counts or duty rules', () => {
    expect(hasDenominator({ metric: 'proposalsSubmitted' })).toBe(false);
    expect(hasDenominator({ metric: 'proposalsSubmitted', perMember: true })).toBe(true);
    expect(hasDenominator({ metric: 'acceptanceRate' })).toBe(true);
    expect(hasDenominator({ metric: 'PROPOSAL' })).toBe(false);
    // A per-member mean of points is divided twice: no single 分子 ÷ 分母 to write out.
    expect(isOneDivision({ metric: 'averageDutyPoints' })).toBe(true);
    expect(isOneDivision({ metric: 'averageDutyPoints', perMember: true })).toBe(false);
    expect(isOneDivision({ metric: 'donationsYuan', perMember: true })).toBe(true);
  });

  it('takes a sum’s valueSum as its figure, else the record count', () => {
    expect(partFigure({ totalCount: 4, valueSum: 17 })).toBe(17);
    expect(partFigure({ totalCount: 4, valueSum: null })).toBe(4);
  });
});
