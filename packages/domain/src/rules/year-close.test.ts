import { describe, expect, it } from 'vitest';
import { YearState } from '../enums';
import { canonicalJson, isSealed, yearState, yearStepErrors, yearStepResult, yearsFrom } from './year-close';

describe('year close', () => {
  it('goes open → review → closed → reopened → review again', () => {
    expect(yearState(null)).toBe(YearState.OPEN);
    expect(yearStepErrors('openReview', YearState.OPEN)).toEqual([]);
    expect(yearStepResult('openReview')).toBe(YearState.REVIEW);
    expect(yearStepErrors('close', YearState.REVIEW)).toEqual([]);
    expect(yearStepErrors('reopen', YearState.CLOSED, '补录遗漏的视察活动')).toEqual([]);
    expect(yearStepErrors('openReview', YearState.REOPENED)).toEqual([]);
  });

  it('refuses steps out of order, and a reopening without a reason', () => {
    expect(yearStepErrors('close', YearState.OPEN)[0]?.field).toBe('year');
    expect(yearStepErrors('openReview', YearState.CLOSED)[0]?.field).toBe('year');
    expect(yearStepErrors('reopen', YearState.REVIEW)[0]?.field).toBe('year');
    expect(yearStepErrors('reopen', YearState.CLOSED, '  ')).toEqual([
      { field: 'reason', message: '重新开启已封账年度须说明理由' },
    ]);
    expect(yearStepErrors('reopen', YearState.CLOSED, '理'.repeat(501))[0]?.field).toBe('reason');
  });

  it('names the close’s own argument, note, when its text is too long', () => {
    expect(yearStepErrors('close', YearState.REVIEW, '说'.repeat(501))[0]?.field).toBe('note');
  });

  it('holds the close back over open objections, unless closed over them with a note', () => {
    expect(yearStepErrors('close', YearState.REVIEW, null, { openObjections: 2 })).toEqual([
      { field: 'overObjections', message: '尚有 2 条异议未答复：请先答复，或写明说明后仍予封账' },
    ]);
    expect(yearStepErrors('close', YearState.REVIEW, ' ', { openObjections: 1, overObjections: true })[0]?.field).toBe(
      'note',
    );
    expect(
      yearStepErrors('close', YearState.REVIEW, '异议涉及2026年数据，不影响本年度', {
        openObjections: 1,
        overObjections: true,
      }),
    ).toEqual([]);
    expect(yearStepErrors('close', YearState.REVIEW, null, { openObjections: 0 })).toEqual([]);
  });

  it('says which years a dated change touches: its own and each after it, to the current year', () => {
    const today = new Date('2026-12-07T10:00:00Z');
    expect(yearsFrom('2023-06-01', today)).toEqual([2023, 2024, 2025, 2026]);
    expect(yearsFrom('2026-01-01', today)).toEqual([2026]);
    expect(yearsFrom('2027-03-01', today)).toEqual([2027]);
    // 31 December 20:00 UTC is 1 January in China: the new year is touched too.
    expect(yearsFrom('2026-06-01', new Date('2026-12-31T20:00:00Z'))).toEqual([2026, 2027]);
  });

  it('seals only closed years', () => {
    expect([YearState.OPEN, YearState.REVIEW, YearState.CLOSED, YearState.REOPENED].filter(isSealed)).toEqual([
      YearState.CLOSED,
    ]);
  });

  it('writes canonical JSON: sorted keys at every level, no whitespace, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2.5], e: undefined })).toBe(
      '{"a":[{"c":null,"d":"x"},2.5],"b":1}',
    );
    const value = { 乡镇: '东城街道', rows: [{ z: 1, y: [3, 2] }] };
    expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
  });
});
