import { describe, expect, it } from 'vitest';
import { ProposalStatus, ReplyClass, Satisfaction, UnitAssignmentRole, UnitRequestKind } from '@cppcc/domain';
import { UNIT_FIGURE_COLUMNS, rankUnits, unitFigures, type UnitPartRow } from './unit-stats';

const part = (over: Partial<UnitPartRow>): UnitPartRow => ({
  unitId: 1,
  role: UnitAssignmentRole.LEAD,
  status: ProposalStatus.REPLIED,
  assignedOn: '2026-03-02',
  deadline: '2026-06-02',
  firstReplyOn: null,
  replyClass: null,
  satisfaction: null,
  rounds: 0,
  contactDates: [],
  opinionOn: null,
  waivedOn: null,
  ...over,
});

describe('unitFigures', () => {
  const today = '2026-07-01';
  const parts = [
    // On time, A, satisfied, contacted the day before.
    part({
      firstReplyOn: '2026-04-01',
      replyClass: ReplyClass.A,
      satisfaction: Satisfaction.SATISFIED,
      rounds: 1,
      contactDates: ['2026-03-31'],
    }),
    // Late, C, dissatisfied then re-handled; contact only after the reply does not count.
    part({
      firstReplyOn: '2026-06-12',
      replyClass: ReplyClass.C,
      satisfaction: Satisfaction.DISSATISFIED,
      rounds: 2,
      contactDates: ['2026-06-20'],
    }),
    // Not replied, past the deadline.
    part({ status: ProposalStatus.ASSIGNED }),
    // Not replied, deadline ahead.
    part({ status: ProposalStatus.ASSIGNED, deadline: '2026-08-01' }),
    // Co-unit parts: one sent, one pending, one waived.
    part({ unitId: 2, role: UnitAssignmentRole.CO, status: ProposalStatus.ASSIGNED, opinionOn: '2026-03-10' }),
    part({ unitId: 2, role: UnitAssignmentRole.CO, status: ProposalStatus.ASSIGNED }),
    part({ unitId: 2, role: UnitAssignmentRole.CO, status: ProposalStatus.ASSIGNED, waivedOn: '2026-03-20' }),
    // A unit not asked for is ignored.
    part({ unitId: 9, firstReplyOn: '2026-04-01' }),
  ];
  const requests = [
    { unitId: 1, kind: UnitRequestKind.EXTEND },
    { unitId: 2, kind: UnitRequestKind.RETURN },
    { unitId: 2, kind: UnitRequestKind.ADJUST },
  ];
  const [lead, co, none] = unitFigures([1, 2, 3], parts, requests, today);

  it('counts the lead unit’s replies, timeliness, classes, ratings, rounds and contacts', () => {
    expect(lead).toMatchObject({
      assignedLead: 4,
      assignedCo: 0,
      replied: 2,
      repliedOnTime: 1,
      onTimeRate: 0.5,
      overdueNow: 1,
      classA: 1,
      classC: 1,
      classAShare: 0.5,
      classBShare: 0,
      classCShare: 0.5,
      rated: 2,
      satisfactionRate: 0.5,
      rehandled: 1,
      contacted: 1,
      contactRate: 0.5,
      extensionsAsked: 1,
      returnsAsked: 0,
    });
    // (30 + 102) / 2 days from 2026-03-02.
    expect(lead.averageDaysToReply).toBe(66);
  });

  it('counts co-unit opinions sent and pending, and returns asked', () => {
    expect(co).toMatchObject({
      assignedCo: 3,
      assignedLead: 0,
      coOpinionsSent: 1,
      coOpinionsPending: 1,
      returnsAsked: 2,
    });
    expect(co.replied).toBe(0);
    expect(co.onTimeRate).toBeNull();
  });

  it('gives a unit without proposals zeros and null rates, never NaN', () => {
    expect(none).toMatchObject({
      assignedLead: 0,
      replied: 0,
      contactRate: null,
      satisfactionRate: null,
      averageDaysToReply: null,
    });
  });
});

describe('rankUnits', () => {
  const rows = unitFigures(
    [1, 2, 3],
    [
      { ...part({ unitId: 1, firstReplyOn: '2026-04-01', deadline: '2026-06-02' }) },
      { ...part({ unitId: 2, firstReplyOn: '2026-07-01', deadline: '2026-06-02' }) },
    ],
    [],
    '2026-07-01',
  );

  it('puts the better unit first on each column, with no data last', () => {
    expect(rankUnits(rows, 'onTimeRate').map((r) => [r.row.unitId, r.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    // Fewer days to reply is better.
    expect(rankUnits(rows, 'averageDaysToReply').map((r) => r.row.unitId)).toEqual([1, 2, 3]);
  });

  it('labels every figure but the id, and refuses an unknown column', () => {
    expect(UNIT_FIGURE_COLUMNS.every((c) => c.label)).toBe(true);
    expect(() => rankUnits(rows, 'nope' as 'replied')).toThrow(RangeError);
  });
});
