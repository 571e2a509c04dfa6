import type { EntityManager } from 'typeorm';
import {
  IMPLEMENTATION_STATUS_LABELS,
  PROPOSAL_TEXT_MAX,
  ProposalAction,
  ProposalStatus,
  REPLY_CLASS_LABELS,
  REPLY_CLASS_SHORT_LABELS,
  REVIEW_ACTIONS,
  ReviewDecision,
  SATISFACTION_LABELS,
  STEP_NOTE_MAX,
  assignmentDeadline,
  assignmentErrors,
  keyErrors,
  mayFlagKey,
  mergeTargetErrors,
  reviewErrors,
  rules,
  stepDateErrors,
  todayInChina,
  UnitAssignmentRole,
  replyLetterErrors,
  type ImplementationStatus,
  type Satisfaction,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid } from '../core/errors';
import { createConvertedReport } from '../opinions/converted-report';
import { Proposal, ProposalReply, ProposalSigner, ProposalUnit } from './proposal.entity';
import type {
  AssignProposalInput,
  CloseProposalInput,
  ProposalFeedbackInput,
  ProposalKeyInput,
  ReplyProposalInput,
  ReviewProposalInput,
} from './proposal.inputs';
import { refId, unitReferences } from './proposal.references';
import type { Step } from './proposal.step';
import { refuseInState } from './proposal.transition';
import { joinNote, trimmed } from './proposal.text';
import { assertLeadMayReply } from './proposal.units';
import { bindAttachments } from '../files/attachment.service';

// The workflow steps of docs/domain.md, each a Step for runStep: the state machine decides whether
// it may happen; these check its input against the proposal and say what to write.

/**
 * 转为社情民意: the opinion report the proposal becomes — same title, content, authors (lead
 * first) and township, submitted on the conversion date — linked both ways, in the step's transaction.
 */
async function convertToOpinionReport(
  ctx: GraphQLContext,
  manager: EntityManager,
  proposal: Proposal,
  convertedOn: string,
): Promise<void> {
  const signers = await manager
    .getRepository(ProposalSigner)
    .find({ where: { proposalId: proposal.id }, order: { isLead: 'DESC', id: 'ASC' } });
  const authorIds = [
    ...(proposal.leadMemberId != null ? [proposal.leadMemberId] : []),
    ...signers.map((s) => s.memberId),
  ];
  const report = await createConvertedReport(ctx, manager, {
    id: proposal.id,
    title: proposal.title,
    content: proposal.content,
    townshipId: proposal.townshipId,
    authorIds,
    convertedOn,
  });
  await manager.getRepository(Proposal).update({ id: proposal.id }, { opinionReportId: report.id });
}

/** 审查: 立案 / 不予立案 (reason required) / 转为意见建议 (creates the opinion report) / 并案 (into another proposal); key flag on acceptance. */
export function reviewStep(ctx: GraphQLContext, input: ReviewProposalInput): Step {
  const action = REVIEW_ACTIONS[input.decision];
  return {
    action,
    transition: action,
    args: { reason: input.note ?? undefined, mergedIntoId: input.mergedIntoId ?? undefined },
    async plan(proposal, manager, to) {
      const today = todayInChina();
      const reviewedOn = input.reviewedOn ?? today;
      const errors = [
        ...reviewErrors(input),
        ...stepDateErrors('input.reviewedOn', reviewedOn, '审查日期', today, {
          date: proposal.submittedOn,
          label: '提交日期',
        }),
      ];
      const mergedIntoId = input.decision === ReviewDecision.MERGE ? refId(input.mergedIntoId) : null;
      if (mergedIntoId != null) {
        const target = await manager
          .getRepository(Proposal)
          .findOne({ where: { id: mergedIntoId }, select: { id: true, status: true } });
        errors.push(...mergeTargetErrors(target, proposal.id));
      }
      assertValid(errors);
      const isKey = input.decision === ReviewDecision.ACCEPT && input.isKey === true;
      return {
        changes: {
          reviewDecision: to,
          reviewedOn,
          reviewNote: trimmed(input.note),
          mergedIntoId,
          isKey,
          supervisingChair: isKey ? trimmed(input.supervisingChair) : null,
        },
        note: joinNote(input.note, isKey ? `重点提案，${trimmed(input.supervisingChair)}督办` : null),
        ...(input.decision === ReviewDecision.CONVERT
          ? { writeRelated: (m: EntityManager) => convertToOpinionReport(ctx, m, proposal, reviewedOn) }
          : {}),
      };
    },
  };
}

/** 交办: lead unit and co-units (not archived), deadline 3 months after assignment unless given; re-assignment replaces the units. */
export function assignStep(input: AssignProposalInput, prefix = 'input'): Step {
  return {
    action: ProposalAction.ASSIGN,
    transition: ProposalAction.ASSIGN,
    async plan(proposal, manager) {
      const today = todayInChina();
      const assignedOn = input.assignedOn ?? today;
      const coUnitIds = input.coUnitIds ?? [];
      const refs = await unitReferences(manager, [
        { field: `${prefix}.leadUnitId`, value: input.leadUnitId },
        ...coUnitIds.map((value, i) => ({ field: `${prefix}.coUnitIds[${i}]`, value })),
      ]);
      assertValid([
        ...refs.errors,
        ...assignmentErrors({ leadUnitId: input.leadUnitId, coUnitIds, assignedOn, deadline: input.deadline }, prefix),
        ...stepDateErrors(`${prefix}.assignedOn`, assignedOn, '交办日期', today, {
          date: proposal.reviewedOn,
          label: '立案日期',
        }),
      ]);
      const deadline = assignmentDeadline(assignedOn, input.deadline);
      const replyBeforeCoUnits = input.replyBeforeCoUnits === true;
      const rows = [
        { unitId: refId(input.leadUnitId), role: UnitAssignmentRole.LEAD },
        ...coUnitIds.map((id) => ({ unitId: refId(id), role: UnitAssignmentRole.CO })),
      ];
      const names = (role: UnitAssignmentRole) =>
        rows
          .filter((r) => r.role === role)
          .map((r) => refs.units.get(r.unitId)?.name)
          .join('、');
      return {
        changes: { assignedOn, deadline, leadUnitId: rows[0].unitId, replyBeforeCoUnits },
        note: [
          `主办：${names(UnitAssignmentRole.LEAD)}`,
          coUnitIds.length ? `会办：${names(UnitAssignmentRole.CO)}` : null,
          `办理期限：${deadline}`,
          coUnitIds.length && replyBeforeCoUnits ? '主办单位可在会办意见齐备前答复' : null,
        ]
          .filter(Boolean)
          .join('；'),
        details: { units: rows },
        async writeRelated(m) {
          // A unit kept in the same part keeps its row, and with it its 会办意见 and their attachments.
          const repo = m.getRepository(ProposalUnit);
          const before = await repo.find({ where: { proposalId: proposal.id } });
          const same = (a: { unitId: number; role: UnitAssignmentRole }, b: typeof a) =>
            a.unitId === b.unitId && a.role === b.role;
          const gone = before.filter((b) => !rows.some((r) => same(r, b)));
          if (gone.length) await repo.delete(gone.map((g) => g.id));
          const added = rows.filter((r) => !before.some((b) => same(r, b)));
          if (added.length) await repo.insert(added.map((r) => ({ ...r, proposalId: proposal.id })));
        },
      };
    },
  };
}

/** 办复 by the lead unit: class A/B/C, text and date; a reply after re-handling clears the previous feedback. */
export function replyStep(ctx: GraphQLContext, input: ReplyProposalInput): Step {
  return {
    action: ProposalAction.REPLY,
    transition: ProposalAction.REPLY,
    async plan(proposal, manager) {
      await assertLeadMayReply(ctx, manager, proposal);
      const today = todayInChina();
      const repliedOn = input.repliedOn ?? today;
      const previous =
        proposal.status === ProposalStatus.REHANDLING && proposal.feedbackOn
          ? { date: proposal.feedbackOn, label: '满意度测评日期' }
          : { date: proposal.assignedOn, label: '交办日期' };
      assertValid([
        ...rules.requiredText('input.text', input.text, PROPOSAL_TEXT_MAX, '答复内容'),
        ...stepDateErrors('input.repliedOn', repliedOn, '答复日期', today, previous),
        ...replyLetterErrors(input),
      ]);
      const round = (await manager.getRepository(ProposalReply).count({ where: { proposalId: proposal.id } })) + 1;
      const letter = {
        proposalId: proposal.id,
        round,
        unitId: proposal.leadUnitId,
        repliedOn,
        replyClass: input.replyClass,
        text: input.text.trim(),
        docNo: trimmed(input.docNo),
        signer: trimmed(input.signer),
        contactPerson: trimmed(input.contactPerson),
        contactPhone: trimmed(input.contactPhone),
      };
      return {
        details: { reply: letter },
        writeRelated: async (m) => {
          const { id } = await m.getRepository(ProposalReply).save(m.getRepository(ProposalReply).create(letter));
          await bindAttachments(m, ctx, input.attachmentIds, 'ProposalReply', id, 'input.attachmentIds');
        },
        changes: {
          replyClass: input.replyClass,
          replyText: input.text.trim(),
          firstReplyOn: proposal.firstReplyOn ?? repliedOn,
          lastReplyOn: repliedOn,
          satisfaction: null,
          feedbackOn: null,
        },
        note: joinNote(
          round > 1 ? `第${round}次答复` : null,
          joinNote(REPLY_CLASS_SHORT_LABELS[input.replyClass], REPLY_CLASS_LABELS[input.replyClass]),
          letter.docNo,
        ),
      };
    },
  };
}

async function rateLatestReply(
  manager: EntityManager,
  proposalId: number,
  satisfaction: Satisfaction,
  feedbackOn: string,
  feedbackNote: string | null,
): Promise<void> {
  const repo = manager.getRepository(ProposalReply);
  const latest = await repo.findOne({ where: { proposalId }, order: { round: 'DESC' } });
  if (latest) await repo.update({ id: latest.id }, { satisfaction, feedbackOn, feedbackNote });
}

/** 满意度测评 of the latest reply: 不满意 sends the proposal back to its units (REHANDLING). */
export function feedbackStep(input: ProposalFeedbackInput): Step {
  return {
    action: ProposalAction.FEEDBACK,
    transition: ProposalAction.FEEDBACK,
    args: { satisfaction: input.satisfaction },
    plan(proposal) {
      const today = todayInChina();
      const on = input.on ?? today;
      assertValid([
        ...rules.optionalText('input.note', input.note, STEP_NOTE_MAX, '测评意见'),
        ...stepDateErrors('input.on', on, '测评日期', today, { date: proposal.lastReplyOn, label: '答复日期' }),
      ]);
      return {
        // The rating belongs to the latest reply round.
        writeRelated: (m) => rateLatestReply(m, proposal.id, input.satisfaction, on, trimmed(input.note)),
        changes: { satisfaction: input.satisfaction, feedbackOn: on },
        note: joinNote(SATISFACTION_LABELS[input.satisfaction], input.note),
      };
    },
  };
}

/** 落实情况, after the reply and after closing. */
export function implementationStep(status: ImplementationStatus): Step {
  return {
    action: ProposalAction.SET_IMPLEMENTATION,
    transition: ProposalAction.SET_IMPLEMENTATION,
    plan: () => ({ changes: { implementation: status }, note: IMPLEMENTATION_STATUS_LABELS[status] }),
  };
}

/** 办结, once the latest reply has feedback that is not 不满意; may set the implementation status. */
export function closeStep(input: CloseProposalInput): Step {
  return {
    action: ProposalAction.CLOSE,
    transition: ProposalAction.CLOSE,
    plan(proposal) {
      const today = todayInChina();
      const closedOn = input.closedOn ?? today;
      assertValid(
        stepDateErrors('input.closedOn', closedOn, '办结日期', today, {
          date: proposal.feedbackOn,
          label: '满意度测评日期',
        }),
      );
      return {
        changes: { closedOn, ...(input.implementation ? { implementation: input.implementation } : {}) },
        note: input.implementation ? IMPLEMENTATION_STATUS_LABELS[input.implementation] : null,
      };
    },
  };
}

/** 重点提案 flag and supervising chair, for accepted proposals (status unchanged). */
export function keyStep(input: ProposalKeyInput): Step {
  return {
    action: 'SET_KEY',
    check(proposal) {
      if (!mayFlagKey(proposal.status))
        throw refuseInState(proposal.status, 'SET_KEY', '设为重点提案', '只有立案的提案才能列为重点提案');
    },
    plan() {
      assertValid(keyErrors(input.isKey, input.supervisingChair));
      const chair = input.isKey ? trimmed(input.supervisingChair) : null;
      return {
        changes: { isKey: input.isKey, supervisingChair: chair },
        note: input.isKey ? `列为重点提案，${chair}督办` : '取消重点提案',
      };
    },
  };
}
