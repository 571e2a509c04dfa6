import { describe, expect, it } from 'vitest';
import { ClaimKind, ClaimReview, OpinionStatus, Role } from '../enums';
import {
  claimChange,
  claimDecisionErrors,
  claimEvidenceErrors,
  claimSummary,
  claimedValues,
  initialReview,
} from './claims';

const adopted = {
  status: OpinionStatus.ADOPTED,
  adoptionLevel: 'PROVINCE',
  adoptedOn: '2024-05-01',
  publishedIssue: '《社情信息》2024年第5期',
};

describe('claims', () => {
  it('reads what a record claims, and nothing when it claims nothing', () => {
    expect(claimedValues(ClaimKind.OPINION_ADOPTION, adopted)).toEqual(adopted);
    expect(claimedValues(ClaimKind.OPINION_ADOPTION, { ...adopted, status: OpinionStatus.SUBMITTED })).toBeNull();
    expect(claimedValues(ClaimKind.LEADER_INSTRUCTION, { leaderInstruction: false })).toBeNull();
    expect(claimedValues(ClaimKind.SUGGESTIONS_ADOPTED, { suggestionsAdopted: 0 })).toBeNull();
    expect(claimedValues(ClaimKind.SUGGESTIONS_ADOPTED, { suggestionsAdopted: 3 })).toEqual({ suggestionsAdopted: 3 });
  });

  it('makes a new claim only when the claimed values change', () => {
    expect(claimChange(ClaimKind.OPINION_ADOPTION, null, adopted)).toEqual({ kind: 'claimed', values: adopted });
    // A whole edit form sends the stored values again: no new claim (stored booleans and text alike).
    expect(claimChange(ClaimKind.OPINION_ADOPTION, adopted, { ...adopted, title: '改标题' })).toEqual({ kind: 'none' });
    expect(
      claimChange(
        ClaimKind.LEADER_INSTRUCTION,
        { leaderInstruction: 1, instructionLevel: 'COUNTY', instructionLeader: null, instructedOn: null },
        { leaderInstruction: true, instructionLevel: 'COUNTY', instructionLeader: '', instructedOn: undefined },
      ),
    ).toEqual({ kind: 'none' });
    expect(claimChange(ClaimKind.OPINION_ADOPTION, adopted, { ...adopted, adoptionLevel: 'NATIONAL' }).kind).toBe(
      'claimed',
    );
    expect(claimChange(ClaimKind.OPINION_ADOPTION, adopted, { ...adopted, status: OpinionStatus.NOT_ADOPTED })).toEqual(
      {
        kind: 'cleared',
      },
    );
    expect(claimChange(ClaimKind.SUGGESTIONS_ADOPTED, { suggestionsAdopted: 0 }, { suggestionsAdopted: 0 })).toEqual({
      kind: 'none',
    });
  });

  it('confirms county admins’ claims at once and asks townships for evidence', () => {
    expect(initialReview(Role.COUNTY_ADMIN)).toBe(ClaimReview.CONFIRMED);
    expect(initialReview(Role.TOWNSHIP_OFFICER)).toBe(ClaimReview.PENDING);
    expect(claimEvidenceErrors(ClaimReview.PENDING, ' ', 'input.claimEvidence')[0].field).toBe('input.claimEvidence');
    expect(claimEvidenceErrors(ClaimReview.PENDING, '批示文号 县委〔2024〕5号', 'e')).toEqual([]);
    expect(claimEvidenceErrors(ClaimReview.CONFIRMED, null, 'e')).toEqual([]);
    expect(claimEvidenceErrors(ClaimReview.CONFIRMED, 'x'.repeat(501), 'e')).toHaveLength(1);
  });

  it('decides a waiting claim once, and refuses only with a reason', () => {
    expect(claimDecisionErrors(ClaimReview.PENDING, ClaimReview.CONFIRMED, null)).toEqual([]);
    expect(claimDecisionErrors(ClaimReview.PENDING, ClaimReview.REFUSED, ' ')[0].field).toBe('input.note');
    expect(claimDecisionErrors(ClaimReview.CONFIRMED, ClaimReview.REFUSED, '重复')[0].field).toBe('id');
  });

  it('reads a claim in one line of Chinese', () => {
    expect(claimSummary(ClaimKind.OPINION_ADOPTION, adopted)).toBe('省级采用　2024-05-01　《社情信息》2024年第5期');
    expect(
      claimSummary(ClaimKind.LEADER_INSTRUCTION, {
        leaderInstruction: 1,
        instructionLevel: 'COUNTY',
        instructionLeader: '县委书记',
        instructedOn: null,
      }),
    ).toBe('县级领导批示　县委书记');
    expect(claimSummary(ClaimKind.SUGGESTIONS_ADOPTED, { suggestionsAdopted: 3 })).toBe('采纳建议 3 条');
  });
});
