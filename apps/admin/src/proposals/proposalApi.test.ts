import { describe, expect, it } from 'vitest';
import { ProposalAction } from '@cppcc/domain';
import { UnitStep } from '../permissions';
import { stepRequest } from './proposalApi';
import { proposerTransform } from './proposerTransform';

/** The document without layout (codegen prints long argument lists over several lines). */
const flat = (query: string) =>
  query
    .replace(/[\s,]+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')');

describe('proposal workflow requests', () => {
  it('review: the decision, its note, key flag only with ACCEPT, merge target only with MERGE; expectedVersion', () => {
    const accept = stepRequest(ProposalAction.REVIEW_ACCEPT, '7', 3, {
      reviewedOn: '2025-03-01',
      isKey: true,
      supervisingChair: ' 王副主席 ',
      note: '',
      mergedIntoId: '9',
    });
    expect(flat(accept.query)).toContain('reviewProposal(id: $id input: $input expectedVersion: $expectedVersion)');
    expect(accept.variables).toEqual({
      id: '7',
      expectedVersion: 3,
      input: { decision: 'ACCEPT', reviewedOn: '2025-03-01', isKey: true, supervisingChair: '王副主席' },
    });
    const reject = stepRequest(ProposalAction.REVIEW_REJECT, '7', 3, { note: '不属于政协提案范围', isKey: true });
    expect(reject.variables.input).toEqual({ decision: 'REJECT', note: '不属于政协提案范围' });
    const merge = stepRequest(ProposalAction.REVIEW_MERGE, '7', 3, { mergedIntoId: 9 });
    expect(merge.variables.input).toEqual({ decision: 'MERGE', mergedIntoId: '9' });
  });
  it('assign, reply, feedback, implementation, close', () => {
    expect(
      stepRequest(ProposalAction.ASSIGN, '7', 1, {
        leadUnitId: 3,
        coUnitIds: [4, '', null, 5],
        assignedOn: '2025-03-02',
        deadline: '',
      }).variables,
    ).toEqual({
      id: '7',
      expectedVersion: 1,
      input: { leadUnitId: '3', coUnitIds: ['4', '5'], assignedOn: '2025-03-02', replyBeforeCoUnits: false },
    });
    expect(
      stepRequest(ProposalAction.ASSIGN, '7', 1, { leadUnitId: 3, coUnitIds: [4], replyBeforeCoUnits: true }).variables
        .input,
    ).toMatchObject({ replyBeforeCoUnits: true });
    expect(
      stepRequest(ProposalAction.REPLY, '7', 2, { replyClass: 'A', text: ' 已解决 ', repliedOn: '2025-05-01' })
        .variables.input,
    ).toEqual({
      replyClass: 'A',
      text: '已解决',
      repliedOn: '2025-05-01',
      attachmentIds: [],
    });
    expect(
      stepRequest(ProposalAction.FEEDBACK, '7', 2, { satisfaction: 'DISSATISFIED', note: '' }).variables.input,
    ).toEqual({ satisfaction: 'DISSATISFIED' });
    const impl = stepRequest(ProposalAction.SET_IMPLEMENTATION, '7', 2, { status: 'IN_PROGRESS' });
    expect(flat(impl.query)).toContain('setProposalImplementation(id: $id status: $status');
    expect(impl.variables).toEqual({ id: '7', expectedVersion: 2, status: 'IN_PROGRESS' });
    expect(
      stepRequest(ProposalAction.CLOSE, '7', 2, { closedOn: '2025-06-01', implementation: '' }).variables.input,
    ).toEqual({ closedOn: '2025-06-01' });
  });
});

describe('the reply letter and the units’ steps', () => {
  it('reply: 文号, 签发人, contact and the uploaded attachments; blank letter fields left to the server', () => {
    expect(
      stepRequest(ProposalAction.REPLY, '7', 2, {
        replyClass: 'B',
        text: '已列入计划。',
        docNo: ' 县发改函〔2026〕12号 ',
        signer: '',
        contactPerson: '李明',
        contactPhone: '0556-1234567',
        attachmentIds: ['31', '', '32'],
      }).variables.input,
    ).toEqual({
      replyClass: 'B',
      text: '已列入计划。',
      docNo: '县发改函〔2026〕12号',
      contactPerson: '李明',
      contactPhone: '0556-1234567',
      attachmentIds: ['31', '32'],
    });
  });
  it('co-unit opinion: the unit only when county staff name it; waiver: unit and reason', () => {
    const own = stepRequest(UnitStep.CO_UNIT_OPINION, '7', 2, {
      text: ' 同意。 ',
      on: '2026-02-20',
      attachmentIds: [],
    });
    expect(flat(own.query)).toContain('submitCoUnitOpinion(id: $id input: $input expectedVersion: $expectedVersion)');
    expect(own.variables).toEqual({
      id: '7',
      expectedVersion: 2,
      input: { text: '同意。', on: '2026-02-20', attachmentIds: [] },
    });
    expect(stepRequest(UnitStep.CO_UNIT_OPINION, '7', 2, { unitId: 5, text: '同意' }).variables.input).toMatchObject({
      unitId: '5',
    });
    const waive = stepRequest(UnitStep.WAIVE_CO_UNIT, '7', 2, { unitId: 5, note: ' 已划归主办单位 ' });
    expect(flat(waive.query)).toContain('waiveCoUnitOpinion(id: $id input: $input');
    expect(waive.variables.input).toEqual({ unitId: '5', note: '已划归主办单位' });
  });
});

describe('submission by proposer kind', () => {
  it('a member proposal has no co-signers or organisation; 平时提案 no session year', () => {
    expect(
      proposerTransform({
        proposerKind: 'MEMBER',
        leadMemberId: '1',
        coSignerIds: ['2'],
        proposerOrgName: 'x',
        session: ' ',
        year: 2025,
      }),
    ).toMatchObject({
      leadMemberId: '1',
      coSignerIds: null,
      proposerOrgName: null,
      session: null,
      year: null,
    });
  });
  it('joint keeps co-signers; organisations keep only their name', () => {
    expect(proposerTransform({ proposerKind: 'JOINT', leadMemberId: '1', coSignerIds: ['2'] }).coSignerIds).toEqual([
      '2',
    ]);
    expect(
      proposerTransform({
        proposerKind: 'PARTY_GROUP',
        leadMemberId: '1',
        coSignerIds: ['2'],
        proposerOrgName: '民盟',
        session: '十一届三次会议',
        year: 2025,
      }),
    ).toMatchObject({
      leadMemberId: null,
      coSignerIds: null,
      proposerOrgName: '民盟',
      session: '十一届三次会议',
      year: 2025,
    });
  });
});
