import { describe, expect, it } from 'vitest';
import { ObjectionStatus, YearState } from '../enums';
import { objectionAnswerErrors, objectionRaiseErrors } from './objection';

describe('objections (异议)', () => {
  it('are raised only in the review period, with a reason', () => {
    const reason = '3月视察活动漏计：县政协组织的视察我镇有5名委员参加';
    expect(objectionRaiseErrors(YearState.REVIEW, { reason })).toEqual([]);
    for (const state of [YearState.OPEN, YearState.CLOSED, YearState.REOPENED])
      expect(objectionRaiseErrors(state, { reason })[0]?.field).toBe('input.year');
    expect(objectionRaiseErrors(YearState.REVIEW, { reason: '  ' })[0]?.field).toBe('input.reason');
    expect(objectionRaiseErrors(YearState.REVIEW, { reason: '理'.repeat(1001) })[0]?.field).toBe('input.reason');
    expect(objectionRaiseErrors(YearState.REVIEW, { reason, evidence: '证'.repeat(501) })[0]?.field).toBe(
      'input.evidence',
    );
  });

  it('are answered once; refusing needs a reason', () => {
    expect(objectionAnswerErrors(ObjectionStatus.OPEN, ObjectionStatus.ACCEPTED, null)).toEqual([]);
    expect(objectionAnswerErrors(ObjectionStatus.OPEN, ObjectionStatus.REFUSED, ' ')[0]?.field).toBe('input.answer');
    expect(
      objectionAnswerErrors(ObjectionStatus.OPEN, ObjectionStatus.REFUSED, '该活动为县级活动，不计入乡镇'),
    ).toEqual([]);
    expect(objectionAnswerErrors(ObjectionStatus.ACCEPTED, ObjectionStatus.REFUSED, '理由')[0]?.field).toBe('id');
  });
});
