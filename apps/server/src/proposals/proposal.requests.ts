import type { EntityManager } from 'typeorm';
import {
  CONTACT_FORM_LABELS,
  ProposalAction,
  ProposalStatus,
  UNIT_REQUEST_KIND_LABELS,
  UnitAssignmentRole,
  UnitRequestKind,
  UnitRequestStatus,
  contactErrors,
  deadlineChangeNote,
  isInHandling,
  rules,
  todayInChina,
  unitDecisionErrors,
  unitRequestErrors,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid, badInput } from '../core/errors';
import { forbidden } from '../core/scope';
import { unitScope } from '../core/viewer';
import { ProposalContact, ProposalUnitRequest } from './proposal-handling.entity';
import type { Proposal, ProposalUnit } from './proposal.entity';
import { handlingRules } from './proposal.handling-rules';
import { actorName } from './proposal.history';
import type { DecideUnitRequestInput, ProposalContactInput, UnitRequestInput } from './proposal.inputs';
import { refId } from './proposal.references';
import type { Step } from './proposal.step';
import { refuseInState } from './proposal.transition';
import { joinNote, trimmed } from './proposal.text';
import { assignedParts, checkInHandling } from './proposal.units';
import { assignStep } from './proposal.workflow';

// A unit's requests to the county (退回/调整/延期) and the county's decision, and the lead unit's
// 办前面商 records: steps of the proposal (history, audit, version) that keep its status, except
// an approved return, which is a re-assignment (docs/domain.md, return and extension).

export const UNIT_REQUEST = 'UNIT_REQUEST';
export const DECIDE_UNIT_REQUEST = 'DECIDE_UNIT_REQUEST';
export const RECORD_CONTACT = 'RECORD_CONTACT';

const SUGGESTION_MAX = 200;

async function pendingRequests(manager: EntityManager, proposalId: number) {
  return manager
    .getRepository(ProposalUnitRequest)
    .find({ where: { proposalId, status: UnitRequestStatus.PENDING }, order: { id: 'ASC' } });
}

/** 退回 / 调整 / 延期, asked by a unit the proposal is assigned to. */
export function unitRequestStep(ctx: GraphQLContext, input: UnitRequestInput): Step {
  return {
    action: UNIT_REQUEST,
    async plan(proposal, manager) {
      const unit = unitScope(ctx.viewer);
      if (unit == null) throw forbidden('退回、调整和延期由承办单位申请，县政协办公室直接重新交办或修改期限');
      const part = (await assignedParts(manager, proposal.id)).find((p) => p.unitId === unit);
      if (!part) throw forbidden('本单位不是这件提案的承办单位');
      const today = todayInChina();
      const pending = (await pendingRequests(manager, proposal.id)).filter((r) => r.unitId === unit);
      assertValid([
        ...unitRequestErrors(input, {
          status: proposal.status,
          role: part.role,
          assignedOn: proposal.assignedOn,
          deadline: proposal.deadline,
          today,
          rules: await handlingRules(manager),
          pendingKinds: pending.map((r) => r.kind),
        }),
        ...rules.optionalText('input.suggestion', input.suggestion, SUGGESTION_MAX, '建议的承办单位'),
      ]);
      const extend = input.kind === UnitRequestKind.EXTEND;
      const request = {
        proposalId: proposal.id,
        unitId: unit,
        kind: input.kind,
        reason: input.reason.trim(),
        suggestion: extend ? null : trimmed(input.suggestion),
        requestedOn: today,
        requestedByName: actorName(ctx.viewer),
        previousDeadline: extend ? proposal.deadline : null,
        requestedDeadline: extend ? (input.deadline ?? null) : null,
        status: UnitRequestStatus.PENDING,
      };
      return {
        changes: {},
        note: joinNote(
          `${part.unitName}申请${UNIT_REQUEST_KIND_LABELS[input.kind]}：${request.reason}`,
          extend ? `申请延至${request.requestedDeadline}` : request.suggestion && `建议：${request.suggestion}`,
        ),
        details: { request },
        writeRelated: async (m) => {
          await m.getRepository(ProposalUnitRequest).insert(request);
        },
      };
    },
  };
}

/**
 * The county decides a pending request: a refusal with its reason; an approved 延期 sets the
 * deadline in force; an approved 退回/调整 is a re-assignment whose deadline restarts from its date.
 */
export function decideUnitRequestStep(ctx: GraphQLContext, input: DecideUnitRequestInput): Step {
  const reassign = input.approve && input.reassign ? assignStep(input.reassign, 'input.reassign') : null;
  return {
    action: DECIDE_UNIT_REQUEST,
    ...(reassign ? { transition: ProposalAction.ASSIGN } : {}),
    async plan(proposal, manager, to) {
      const repo = manager.getRepository(ProposalUnitRequest);
      const request = await repo.findOne({ where: { id: refId(input.requestId), proposalId: proposal.id } });
      assertValid(unitDecisionErrors(request, { ...input, reassigns: input.reassign != null }, proposal.deadline));
      const req = request!;
      const unitName =
        (await assignedParts(manager, proposal.id)).find((p) => p.unitId === req.unitId)?.unitName ??
        `单位${req.unitId}`;
      const label = `${unitName}的${UNIT_REQUEST_KIND_LABELS[req.kind]}申请`;
      const decided = {
        decidedOn: todayInChina(),
        decidedByName: actorName(ctx.viewer),
        decisionNote: trimmed(input.note),
        status: input.approve ? UnitRequestStatus.APPROVED : UnitRequestStatus.REFUSED,
      };
      const decide = (m: EntityManager, grantedDeadline: string | null = null) =>
        m.getRepository(ProposalUnitRequest).update({ id: req.id }, { ...decided, grantedDeadline });
      if (!input.approve)
        return {
          changes: {},
          note: `不同意${label}：${decided.decisionNote}`,
          details: { request: { id: req.id, ...decided } },
          writeRelated: (m) => decide(m).then(() => undefined),
        };
      if (reassign) {
        const assignment = await reassign.plan(proposal, manager, to);
        return {
          ...assignment,
          note: joinNote(`同意${label}，重新交办`, joinNote(assignment.note, decided.decisionNote)),
          details: { request: { id: req.id, ...decided }, ...assignment.details },
          writeRelated: async (m) => {
            await assignment.writeRelated?.(m);
            await decide(m);
          },
        };
      }
      if (!isInHandling(proposal.status))
        throw refuseInState(proposal.status, DECIDE_UNIT_REQUEST, '同意延期', '提案已答复或办结，办理期限不再变更');
      const granted = input.deadline ?? req.requestedDeadline!;
      return {
        changes: { deadline: granted },
        note: joinNote(`同意${label}，${deadlineChangeNote(proposal.deadline, granted)}`, decided.decisionNote),
        details: {
          request: { id: req.id, ...decided, grantedDeadline: granted },
          deadline: { from: proposal.deadline, to: granted },
        },
        writeRelated: (m) => decide(m, granted).then(() => undefined),
      };
    },
  };
}

/** Whose contact it is: the caller's own unit, which must lead; for the county, the lead unit unless named. */
function contactUnit(
  ctx: GraphQLContext,
  proposal: Proposal,
  role: UnitAssignmentRole | undefined,
  unitId?: string | null,
) {
  const own = unitScope(ctx.viewer);
  if (own != null) {
    if (role !== UnitAssignmentRole.LEAD) throw forbidden('办前面商由主办单位记录');
    return own;
  }
  const id = unitId != null ? refId(unitId) : proposal.leadUnitId;
  if (id == null || id !== proposal.leadUnitId)
    throw badInput([{ field: 'input.unitId', message: '办前面商记录属于本提案的主办单位' }]);
  return id;
}

/** 办前面商: the lead unit records a contact with the proposer while handling the proposal. */
export function contactStep(ctx: GraphQLContext, input: ProposalContactInput): Step {
  return {
    action: RECORD_CONTACT,
    check: checkInHandling(RECORD_CONTACT, '记录办前面商'),
    async plan(proposal, manager) {
      const parts = await assignedParts(manager, proposal.id);
      const own = unitScope(ctx.viewer);
      const unitId = contactUnit(ctx, proposal, parts.find((p) => p.unitId === own)?.role, input.unitId);
      const today = todayInChina();
      assertValid(contactErrors(input, today, proposal.assignedOn));
      const contact = {
        proposalId: proposal.id,
        unitId,
        contactedOn: input.contactedOn ?? today,
        form: input.form,
        participants: trimmed(input.participants),
        proposerView: trimmed(input.proposerView),
        recordedByName: actorName(ctx.viewer),
      };
      return {
        changes: {},
        note: joinNote(
          `办前面商（${CONTACT_FORM_LABELS[contact.form]}，${contact.contactedOn}）`,
          contact.proposerView,
        ),
        details: { contact },
        writeRelated: async (m) => {
          await m.getRepository(ProposalContact).insert(contact);
        },
      };
    },
  };
}

/**
 * The buttons of this part: 办前面商 for the lead unit (or the county for it) while in handling;
 * a request for an assigned unit before the reply, or for the lead while its deadline stands (the
 * rules then say which kinds still fit); a decision for the county while a request waits.
 */
export function handlingActions(
  proposal: Proposal,
  parts: readonly ProposalUnit[],
  requests: readonly ProposalUnitRequest[],
  viewerUnit: number | null,
  county: boolean,
): string[] {
  const mine = viewerUnit == null ? null : parts.find((p) => p.unitId === viewerUnit);
  const out: string[] = [];
  if (isInHandling(proposal.status)) {
    if (mine?.role === UnitAssignmentRole.LEAD || county) out.push(RECORD_CONTACT);
    const leadInTime =
      mine?.role === UnitAssignmentRole.LEAD && proposal.deadline != null && proposal.deadline >= todayInChina();
    if (mine && (proposal.status === ProposalStatus.ASSIGNED || leadInTime)) out.push(UNIT_REQUEST);
  }
  if (county && requests.some((r) => r.status === UnitRequestStatus.PENDING)) out.push(DECIDE_UNIT_REQUEST);
  return out;
}
