import { describe, expect, it } from 'vitest';
import { MemberStatus, TenureEnd } from '../enums';
import {
  addTerm,
  currentTenure,
  endTenure,
  initialTenure,
  restoreTenure,
  tenureInYear,
  tenureOn,
  transferTenure,
  type Tenure,
  type TenureChange,
} from './tenure';

function value<T>(change: TenureChange<T>): T {
  if (!change.ok) throw new Error(JSON.stringify(change.errors));
  return change.value;
}
const fields = <T>(change: TenureChange<T>) => (change.ok ? [] : change.errors.map((e) => e.field));

const joined: Tenure[] = value(initialTenure({ townshipId: 1, status: MemberStatus.ACTIVE, joinedOn: '2021-12-28' }));

describe('tenure history', () => {
  it('starts with the joining date, which a new member must have', () => {
    expect(joined).toEqual([{ townshipId: 1, startsOn: '2021-12-28', endsOn: null, endReason: null, endNote: null }]);
    expect(fields(initialTenure({ townshipId: 1, status: MemberStatus.ACTIVE, joinedOn: null }))).toEqual([
      'input.joinedOn',
    ]);
    expect(fields(initialTenure({ townshipId: 1, status: MemberStatus.ACTIVE, joinedOn: '2022-02-30' }))).toEqual([
      'input.joinedOn',
    ]);
  });

  it('keeps the time before a transfer with the old township and the time after with the new', () => {
    const moved = value(transferTenure(joined, 2, '2023-07-01', '工作调动'));
    expect(moved.map((t) => [t.townshipId, t.startsOn, t.endsOn, t.endReason])).toEqual([
      [1, '2021-12-28', '2023-06-30', TenureEnd.TRANSFERRED],
      [2, '2023-07-01', null, null],
    ]);
    expect(tenureInYear(moved, 2022)?.townshipId).toBe(1);
    // Within the year of the move: the township they ended the year in.
    expect(tenureInYear(moved, 2023)?.townshipId).toBe(2);
    expect(tenureInYear(moved, 2024)?.townshipId).toBe(2);
    expect(tenureOn(moved, '2023-06-30')?.townshipId).toBe(1);
    expect(tenureOn(moved, '2023-07-01')?.townshipId).toBe(2);
    expect(currentTenure(moved)).toMatchObject({ townshipId: 2, status: MemberStatus.ACTIVE, joinedOn: '2021-12-28' });
  });

  it('counts a member only in the years they were in office', () => {
    expect(tenureInYear(joined, 2021)?.townshipId).toBe(1);
    expect(tenureInYear(joined, 2020)).toBeUndefined();
    const left = value(endTenure(joined, MemberStatus.WITHDRAWN, '2024-03-31', '因病'));
    expect(tenureInYear(left, 2024)?.townshipId).toBe(1);
    expect(tenureInYear(left, 2025)).toBeUndefined();
    expect(currentTenure(left)).toEqual({
      townshipId: 1,
      status: MemberStatus.WITHDRAWN,
      joinedOn: '2021-12-28',
      leftOn: '2024-03-31',
      leaveReason: '因病',
    });
  });

  it('refuses 退出 without a date or a reason, and an end before the start', () => {
    expect(fields(endTenure(joined, MemberStatus.WITHDRAWN, null, '因病'))).toEqual(['input.effectiveOn']);
    expect(fields(endTenure(joined, MemberStatus.WITHDRAWN, '2024-01-01', ' '))).toEqual(['input.reason']);
    expect(fields(endTenure(joined, MemberStatus.REVOKED, '2021-01-01', null))).toEqual(['input.effectiveOn']);
    expect(fields(endTenure(joined, MemberStatus.ACTIVE, '2024-01-01', null))).toEqual(['input.status']);
  });

  it('restores a former member from a later date in their last township', () => {
    const ended = value(endTenure(joined, MemberStatus.TERM_ENDED, '2026-12-31', null));
    expect(fields(restoreTenure(ended, '2026-12-31'))).toEqual(['input.effectiveOn']);
    const back = value(restoreTenure(ended, '2027-01-05'));
    expect(back.at(-1)).toMatchObject({ townshipId: 1, startsOn: '2027-01-05', endsOn: null });
    expect(currentTenure(back).status).toBe(MemberStatus.ACTIVE);
    expect(fields(restoreTenure(back, '2028-01-01'))).toEqual(['input.status']);
  });

  it('refuses a transfer of a former member, to the same township, or dated before the stretch began', () => {
    const ended = value(endTenure(joined, MemberStatus.REVOKED, '2024-01-01', null));
    expect(fields(transferTenure(ended, 2, '2024-06-01', null))).toEqual(['input.townshipId']);
    expect(fields(transferTenure(joined, 1, '2024-06-01', null))).toEqual(['input.townshipId']);
    expect(fields(transferTenure(joined, 2, '2021-12-28', null))).toEqual(['input.effectiveOn']);
    expect(fields(transferTenure(joined, 2, undefined, null))).toEqual(['input.effectiveOn']);
  });

  it('enters a former member whole: joined, left, and why', () => {
    const history = value(
      initialTenure({
        townshipId: 3,
        status: MemberStatus.TERM_ENDED,
        joinedOn: '2016-12-20',
        leftOn: '2021-12-27',
        leaveReason: '任期届满',
      }),
    );
    expect(currentTenure(history)).toMatchObject({ status: MemberStatus.TERM_ENDED, leftOn: '2021-12-27' });
    expect(
      fields(initialTenure({ townshipId: 3, status: MemberStatus.WITHDRAWN, joinedOn: '2016-12-20', leftOn: null })),
    ).toEqual(['input.effectiveOn']);
    expect(
      fields(
        initialTenure({ townshipId: 3, status: MemberStatus.ACTIVE, joinedOn: '2016-12-20', leftOn: '2020-01-01' }),
      ),
    ).toEqual(['input.leftOn']);
  });
});

describe('terms', () => {
  it('adds a term on re-appointment and keeps the earlier one', () => {
    const first = value(addTerm([], '第十届', '2016-12-20'));
    const both = value(addTerm(first, '第十一届', '2021-12-28'));
    expect(both.map((t) => t.term)).toEqual(['第十届', '第十一届']);
  });

  it('refuses a term twice, an empty one, or one starting before the last', () => {
    const first = value(addTerm([], '第十届', '2016-12-20'));
    expect(fields(addTerm(first, '第十届', '2021-12-28'))).toEqual(['input.term']);
    expect(fields(addTerm(first, '  ', '2021-12-28'))).toEqual(['input.term']);
    expect(fields(addTerm(first, '第十一届', '2016-01-01'))).toEqual(['input.startsOn']);
    // A term recorded before dates were kept does not block the next.
    expect(value(addTerm([{ term: '第十届', startsOn: null }], '第十一届', '2021-12-28'))).toHaveLength(2);
  });
});
