import { describe, expect, it } from 'vitest';
import { DutyRuleKey, ProposalDutyBasis, ProposalStatus } from '../enums';
import { countsForProposalDuty, effectiveProposalBasis, proposalBasisErrors } from './duty';

const S = ProposalStatus;

describe('PROPOSAL duty rule basis', () => {
  it('on 立案 counts accepted and converted proposals, and merges whose final target was accepted', () => {
    const counts = (reviewDecision: ProposalStatus | null, finalTargetDecision?: ProposalStatus | null) =>
      countsForProposalDuty(ProposalDutyBasis.ACCEPTED, { reviewDecision, finalTargetDecision });
    expect([counts(S.ACCEPTED), counts(S.CONVERTED)]).toEqual([true, true]);
    expect([counts(null), counts(S.REJECTED)]).toEqual([false, false]);
    expect([
      counts(S.MERGED, S.ACCEPTED),
      counts(S.MERGED, S.REJECTED),
      counts(S.MERGED, null),
      counts(S.MERGED),
    ]).toEqual([true, false, false, false]);
  });
  it('on 提交 counts every proposal', () => {
    for (const d of [null, S.REJECTED, S.MERGED])
      expect(countsForProposalDuty(ProposalDutyBasis.SUBMITTED, { reviewDecision: d })).toBe(true);
  });
  it('belongs to the PROPOSAL rule only, defaulting to 立案', () => {
    expect(proposalBasisErrors(DutyRuleKey.PROPOSAL, ProposalDutyBasis.SUBMITTED, 'f')).toEqual([]);
    expect(proposalBasisErrors(DutyRuleKey.DUTY_REPORT, null, 'f')).toEqual([]);
    expect(proposalBasisErrors(DutyRuleKey.DUTY_REPORT, ProposalDutyBasis.ACCEPTED, 'f').map((e) => e.field)).toEqual([
      'f',
    ]);
    expect(effectiveProposalBasis(DutyRuleKey.PROPOSAL, null)).toBe(ProposalDutyBasis.ACCEPTED);
    expect(effectiveProposalBasis(DutyRuleKey.PROPOSAL, ProposalDutyBasis.SUBMITTED)).toBe(ProposalDutyBasis.SUBMITTED);
    expect(effectiveProposalBasis(DutyRuleKey.OPINION_REPORT, ProposalDutyBasis.SUBMITTED)).toBeNull();
  });
});
