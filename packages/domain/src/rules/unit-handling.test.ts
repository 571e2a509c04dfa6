import { describe, expect, it } from 'vitest';
import { ProposalStatus } from '../enums';
import {
  coUnitOpinionErrors,
  coUnitsHoldingReply,
  isInHandling,
  pendingCoUnits,
  replyGateReason,
  replyLetterErrors,
  waiverErrors,
} from './unit-handling';

const part = (unitName: string, opinionOn: string | null = null, waivedOn: string | null = null) => ({
  unitName,
  opinionOn,
  waivedOn,
});

describe('lead and co-units', () => {
  it('holds the lead’s reply until every co-unit has sent its opinion or was waived', () => {
    const parts = [part('县教育局'), part('县财政局', '2026-03-01'), part('县民政局', null, '2026-03-02')];
    expect(pendingCoUnits(parts).map((p) => p.unitName)).toEqual(['县教育局']);
    expect(coUnitsHoldingReply(parts, false).map((p) => p.unitName)).toEqual(['县教育局']);
    expect(coUnitsHoldingReply(parts, true)).toEqual([]);
    expect(replyGateReason(parts, false)).toContain('县教育局');
    expect(replyGateReason(parts, true)).toBeNull();
    expect(replyGateReason([part('县财政局', '2026-03-01')], false)).toBeNull();
    expect(replyGateReason([], false)).toBeNull();
  });

  it('takes opinions and replies while the units handle the proposal', () => {
    expect([ProposalStatus.ASSIGNED, ProposalStatus.REHANDLING].every(isInHandling)).toBe(true);
    expect([ProposalStatus.ACCEPTED, ProposalStatus.REPLIED, ProposalStatus.CLOSED].some(isInHandling)).toBe(false);
  });

  it('wants an opinion’s text, and a waiver’s reason for a co-unit still missing', () => {
    expect(coUnitOpinionErrors(' ')).toEqual([{ field: 'input.text', message: '请填写会办意见' }]);
    expect(coUnitOpinionErrors('同意主办单位意见')).toEqual([]);
    expect(coUnitOpinionErrors('字'.repeat(5001))[0].field).toBe('input.text');
    expect(waiverErrors(null, '理由')[0].field).toBe('input.unitId');
    expect(waiverErrors(part('县财政局', '2026-03-01'), '理由')[0].message).toContain('已提交');
    expect(waiverErrors(part('县教育局'), '')[0].field).toBe('input.note');
    expect(waiverErrors(part('县教育局'), '该局职能已调整')).toEqual([]);
  });

  it('bounds the reply letter’s 文号, 签发人 and 联系人, and checks the phone', () => {
    expect(
      replyLetterErrors({ docNo: '县交通运输局函〔2026〕12号', signer: '李局长', contactPhone: '0556-5123456' }),
    ).toEqual([]);
    expect(replyLetterErrors({ docNo: '号'.repeat(61) })[0].field).toBe('input.docNo');
    expect(replyLetterErrors({ contactPhone: '电话' })[0].field).toBe('input.contactPhone');
  });
});
