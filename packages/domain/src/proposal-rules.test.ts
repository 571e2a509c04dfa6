import { describe, expect, it } from 'vitest';
import { ProposalStatus, ProposerKind, Satisfaction } from './enums';
import { ProposalAction } from './proposal-workflow';
import {
  ACCEPTED_STATUSES,
  REVIEW_ACTIONS,
  ReviewDecision,
  assignmentDeadline,
  assignmentErrors,
  isEditable,
  isOrganisationProposer,
  keyErrors,
  mayFlagKey,
  mergeTargetErrors,
  proposalContext,
  proposalOverdueDays,
  proposalTextErrors,
  proposalYear,
  proposerErrors,
  reviewErrors,
  stepDateErrors,
} from './proposal-rules';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('proposerErrors', () => {
  it('accepts the three shapes of proposer', () => {
    expect(proposerErrors({ proposerKind: ProposerKind.MEMBER, leadMemberId: '1' })).toEqual([]);
    expect(proposerErrors({ proposerKind: ProposerKind.JOINT, leadMemberId: '1', coSignerIds: ['2', '3'] })).toEqual(
      [],
    );
    for (const kind of [ProposerKind.PARTY_GROUP, ProposerKind.COMMITTEE, ProposerKind.SECTOR]) {
      expect(proposerErrors({ proposerKind: kind, proposerOrgName: '民盟县委' })).toEqual([]);
    }
  });

  it('needs a lead member for member proposals and no organisation name', () => {
    expect(fields(proposerErrors({ proposerKind: ProposerKind.MEMBER }))).toEqual(['input.leadMemberId']);
    expect(
      fields(proposerErrors({ proposerKind: ProposerKind.MEMBER, leadMemberId: ' ', proposerOrgName: '民盟' })),
    ).toEqual(['input.leadMemberId', 'input.proposerOrgName']);
    expect(
      fields(proposerErrors({ proposerKind: ProposerKind.MEMBER, leadMemberId: '1', coSignerIds: ['2'] })),
    ).toEqual(['input.coSignerIds']);
  });

  it('needs co-signers for joint proposals, each once and not the lead', () => {
    expect(fields(proposerErrors({ proposerKind: ProposerKind.JOINT, leadMemberId: '1', coSignerIds: [] }))).toEqual([
      'input.coSignerIds',
    ]);
    expect(
      fields(
        proposerErrors({ proposerKind: ProposerKind.JOINT, leadMemberId: '1', coSignerIds: ['2', '1', '3', '2'] }),
      ),
    ).toEqual(['input.coSignerIds[1]', 'input.coSignerIds[3]']);
  });

  it('needs a name and no members for organisation proposals', () => {
    expect(fields(proposerErrors({ proposerKind: ProposerKind.SECTOR, proposerOrgName: '  ' }))).toEqual([
      'input.proposerOrgName',
    ]);
    expect(
      fields(
        proposerErrors({
          proposerKind: ProposerKind.COMMITTEE,
          proposerOrgName: '提案委',
          leadMemberId: '1',
          coSignerIds: ['2'],
        }),
      ),
    ).toEqual(['input.leadMemberId', 'input.coSignerIds']);
    expect(
      fields(proposerErrors({ proposerKind: ProposerKind.PARTY_GROUP, proposerOrgName: '民'.repeat(101) })),
    ).toEqual(['input.proposerOrgName']);
    expect(isOrganisationProposer(ProposerKind.JOINT)).toBe(false);
  });
});

describe('proposalYear', () => {
  it('is the submission year between sessions', () => {
    expect(proposalYear({ submittedOn: '2026-07-01' })).toEqual({ year: 2026, errors: [] });
    expect(proposalYear({ submittedOn: '2026-07-01', year: 2026, session: '' })).toEqual({ year: 2026, errors: [] });
    expect(fields(proposalYear({ submittedOn: '2026-07-01', year: 2025 }).errors)).toEqual(['input.year']);
  });

  it('is the session year, given, at a session (the submission year or the next)', () => {
    expect(proposalYear({ submittedOn: '2025-12-20', session: '十一届三次会议', year: 2026 })).toEqual({
      year: 2026,
      errors: [],
    });
    expect(proposalYear({ submittedOn: '2026-01-08', session: '十一届三次会议', year: 2026 })).toEqual({
      year: 2026,
      errors: [],
    });
    expect(fields(proposalYear({ submittedOn: '2026-01-08', session: '十一届三次会议' }).errors)).toEqual([
      'input.year',
    ]);
    expect(fields(proposalYear({ submittedOn: '2026-01-08', session: '十一届三次会议', year: 2024 }).errors)).toEqual([
      'input.year',
    ]);
  });
});

describe('proposalTextErrors', () => {
  it('requires a title and bounds the lengths', () => {
    expect(proposalTextErrors({ title: '关于加强农村饮水安全的建议' })).toEqual([]);
    expect(fields(proposalTextErrors({ title: ' ', content: 'x'.repeat(20001), session: '会'.repeat(51) }))).toEqual([
      'input.title',
      'input.content',
      'input.session',
    ]);
  });
});

describe('stepDateErrors', () => {
  it('refuses bad dates, future dates and dates before the previous step', () => {
    expect(
      stepDateErrors('input.repliedOn', '2026-04-01', '答复日期', '2026-11-23', {
        date: '2026-02-01',
        label: '交办日期',
      }),
    ).toEqual([]);
    expect(
      stepDateErrors('input.repliedOn', '2026-02-01', '答复日期', '2026-11-23', {
        date: '2026-02-01',
        label: '交办日期',
      }),
    ).toEqual([]);
    expect(stepDateErrors('input.repliedOn', '2026-02-30', '答复日期', '2026-11-23')[0].message).toContain('格式');
    expect(stepDateErrors('input.repliedOn', '2026-11-24', '答复日期', '2026-11-23')[0].message).toContain(
      '不能晚于今天',
    );
    const early = stepDateErrors('input.repliedOn', '2026-01-31', '答复日期', '2026-11-23', {
      date: '2026-02-01',
      label: '交办日期',
    });
    expect(early).toEqual([{ field: 'input.repliedOn', message: '答复日期不能早于交办日期（2026-02-01）' }]);
    expect(stepDateErrors('input.on', '2026-01-31', '日期', '2026-11-23', { date: null, label: '上一步' })).toEqual([]);
  });
});

describe('review rules', () => {
  it('maps each decision to its state-machine action', () => {
    expect(REVIEW_ACTIONS).toEqual({
      ACCEPT: ProposalAction.REVIEW_ACCEPT,
      REJECT: ProposalAction.REVIEW_REJECT,
      CONVERT: ProposalAction.REVIEW_CONVERT,
      MERGE: ProposalAction.REVIEW_MERGE,
    });
  });

  it('flags key proposals only on acceptance, with a supervising chair', () => {
    expect(reviewErrors({ decision: ReviewDecision.ACCEPT, isKey: true, supervisingChair: '张主席' })).toEqual([]);
    expect(fields(reviewErrors({ decision: ReviewDecision.ACCEPT, isKey: true }))).toEqual(['input.supervisingChair']);
    expect(fields(reviewErrors({ decision: ReviewDecision.ACCEPT, supervisingChair: '张主席' }))).toEqual([
      'input.supervisingChair',
    ]);
    expect(
      fields(
        reviewErrors({
          decision: ReviewDecision.REJECT,
          note: '不属于政协提案范围',
          isKey: true,
          supervisingChair: '张',
        }),
      ),
    ).toEqual(['input.isKey', 'input.supervisingChair']);
  });

  it('takes a merge target only for MERGE and bounds the note', () => {
    expect(fields(reviewErrors({ decision: ReviewDecision.CONVERT, mergedIntoId: '3' }))).toEqual([
      'input.mergedIntoId',
    ]);
    expect(reviewErrors({ decision: ReviewDecision.MERGE, mergedIntoId: '3' })).toEqual([]);
    expect(fields(reviewErrors({ decision: ReviewDecision.CONVERT, note: '意'.repeat(501) }))).toEqual(['input.note']);
  });

  it('checks the merge target', () => {
    expect(mergeTargetErrors({ id: 3, status: ProposalStatus.ACCEPTED }, 5)).toEqual([]);
    expect(mergeTargetErrors({ id: 3, status: ProposalStatus.SUBMITTED }, 5)).toEqual([]);
    expect(mergeTargetErrors(null, 5)[0].message).toContain('不存在');
    expect(mergeTargetErrors({ id: 5, status: ProposalStatus.SUBMITTED }, 5)[0].message).toContain('自身');
    for (const status of [ProposalStatus.REJECTED, ProposalStatus.CONVERTED, ProposalStatus.MERGED]) {
      expect(fields(mergeTargetErrors({ id: 3, status }, 5))).toEqual(['input.mergedIntoId']);
    }
  });

  it('keyErrors clears the chair of a proposal that is not key', () => {
    expect(keyErrors(false, null)).toEqual([]);
    expect(fields(keyErrors(false, '李主席'))).toEqual(['input.supervisingChair']);
    expect(fields(keyErrors(true, '李'.repeat(51)))).toEqual(['input.supervisingChair']);
  });

  it('flags key proposals in accepted statuses only and edits only before review', () => {
    for (const status of Object.values(ProposalStatus)) {
      expect(mayFlagKey(status)).toBe(ACCEPTED_STATUSES.includes(status));
      expect(isEditable(status)).toBe(status === ProposalStatus.SUBMITTED);
    }
    expect(mayFlagKey(ProposalStatus.MERGED)).toBe(false);
  });
});

describe('assignment rules', () => {
  it('defaults the deadline to three months after assignment', () => {
    expect(assignmentDeadline('2026-02-01')).toBe('2026-05-01');
    expect(assignmentDeadline('2025-11-30')).toBe('2026-02-28');
    expect(assignmentDeadline('2026-02-01', '2026-03-15')).toBe('2026-03-15');
  });

  it('refuses a deadline before assignment and repeated or lead co-units', () => {
    expect(
      assignmentErrors({ leadUnitId: '1', coUnitIds: ['2', '3'], assignedOn: '2026-02-01', deadline: '2026-02-01' }),
    ).toEqual([]);
    expect(fields(assignmentErrors({ leadUnitId: '1', assignedOn: '2026-02-01', deadline: '2026-01-31' }))).toEqual([
      'input.deadline',
    ]);
    expect(fields(assignmentErrors({ leadUnitId: '1', coUnitIds: ['2', '1', '2'], assignedOn: '2026-02-01' }))).toEqual(
      ['input.coUnitIds[1]', 'input.coUnitIds[2]'],
    );
    expect(fields(assignmentErrors({ leadUnitId: '', assignedOn: '2026-02-01' }))).toEqual(['input.leadUnitId']);
  });
});

describe('facts of a stored proposal', () => {
  it('tells the state machine whether the latest reply has feedback', () => {
    expect(proposalContext({ satisfaction: null })).toEqual({ hasFeedback: false });
    expect(proposalContext({ satisfaction: Satisfaction.DISSATISFIED })).toEqual({
      hasFeedback: true,
      lastSatisfaction: Satisfaction.DISSATISFIED,
    });
  });

  it('computes overdue days only for proposals with a deadline', () => {
    expect(proposalOverdueDays({ deadline: null, firstReplyOn: null }, '2026-11-23')).toBeNull();
    expect(proposalOverdueDays({ deadline: '2026-11-20', firstReplyOn: null }, '2026-11-23')).toBe(3);
    expect(proposalOverdueDays({ deadline: '2026-11-20', firstReplyOn: '2026-11-01' }, '2026-11-23')).toBe(0);
    expect(proposalOverdueDays({ deadline: '2026-11-20', firstReplyOn: '2026-11-22' }, '2026-12-30')).toBe(2);
  });
});
