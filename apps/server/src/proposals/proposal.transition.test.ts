import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { ProposalAction, ProposalStatus, Role, Satisfaction } from '@cppcc/domain';
import type { Viewer } from '../core/viewer';
import { allowedActionsFor, refuseInState, transitionTarget } from './proposal.transition';

const S = ProposalStatus;
const A = ProposalAction;

function thrown(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

const viewer = (role: Role, readOnly = false): Viewer => ({
  kind: 'user',
  id: 1,
  name: 'x',
  role,
  townshipId: null,
  handlingUnitId: null,
  readOnly,
});

describe('transitionTarget', () => {
  it('follows the state machine', () => {
    expect(transitionTarget({ status: S.SUBMITTED, satisfaction: null }, A.REVIEW_ACCEPT)).toBe(S.ACCEPTED);
    expect(
      transitionTarget({ status: S.REPLIED, satisfaction: null }, A.FEEDBACK, {
        satisfaction: Satisfaction.DISSATISFIED,
      }),
    ).toBe(S.REHANDLING);
    expect(transitionTarget({ status: S.REPLIED, satisfaction: Satisfaction.BASICALLY_SATISFIED }, A.CLOSE)).toBe(
      S.CLOSED,
    );
  });

  it('refuses with INVALID_TRANSITION naming the current state', () => {
    const e = thrown(() => transitionTarget({ status: S.SUBMITTED, satisfaction: null }, A.REPLY));
    expect(e.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'SUBMITTED', action: 'REPLY' });
    expect(e.message).toContain('已提交');
    const guard = thrown(() =>
      transitionTarget({ status: S.REPLIED, satisfaction: Satisfaction.DISSATISFIED }, A.CLOSE),
    );
    expect(guard.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('names the input field of a missing step argument', () => {
    expect(
      thrown(() => transitionTarget({ status: S.SUBMITTED, satisfaction: null }, A.REVIEW_REJECT, { reason: ' ' }))
        .extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
    expect(
      thrown(() => transitionTarget({ status: S.SUBMITTED, satisfaction: null }, A.REVIEW_MERGE)).extensions?.field,
    ).toBe('input.mergedIntoId');
  });

  it('words refusals outside the machine the same way', () => {
    const e = refuseInState(S.MERGED, 'SET_KEY', '设为重点提案', '只有立案的提案才能列为重点提案');
    expect(e.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'MERGED', action: 'SET_KEY' });
    expect(e.message).toBe('提案当前状态为“已并案”，不能设为重点提案：只有立案的提案才能列为重点提案');
  });
});

describe('allowedActionsFor', () => {
  it('offers the steps of the role in the current state', () => {
    expect(allowedActionsFor(viewer(Role.COUNTY_ADMIN), { status: S.SUBMITTED, satisfaction: null })).toEqual([
      A.REVIEW_ACCEPT,
      A.REVIEW_REJECT,
      A.REVIEW_CONVERT,
      A.REVIEW_MERGE,
    ]);
    expect(allowedActionsFor(viewer(Role.HANDLING_UNIT), { status: S.ASSIGNED, satisfaction: null })).toEqual([
      A.REPLY,
    ]);
    expect(allowedActionsFor(viewer(Role.TOWNSHIP_OFFICER), { status: S.REPLIED, satisfaction: null })).toEqual([
      A.FEEDBACK,
    ]);
    expect(
      allowedActionsFor(viewer(Role.COUNTY_ADMIN), { status: S.REPLIED, satisfaction: Satisfaction.SATISFIED }),
    ).toEqual([A.FEEDBACK, A.SET_IMPLEMENTATION, A.CLOSE]);
  });

  it('offers nothing to readers and read-only tokens', () => {
    expect(allowedActionsFor(viewer(Role.LEADER), { status: S.SUBMITTED, satisfaction: null })).toEqual([]);
    expect(allowedActionsFor(viewer(Role.COUNTY_ADMIN, true), { status: S.SUBMITTED, satisfaction: null })).toEqual([]);
    expect(allowedActionsFor({ kind: 'anonymous' }, { status: S.SUBMITTED, satisfaction: null })).toEqual([]);
  });
});
