import { In, type EntityManager } from 'typeorm';
import {
  ProposalAction,
  UnitAssignmentRole,
  coUnitOpinionErrors,
  coUnitsHoldingReply,
  isInHandling,
  pendingCoUnits,
  replyGateReason,
  stepDateErrors,
  todayInChina,
  waiverErrors,
  type CoUnitPart,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid, badInput } from '../core/errors';
import { forbidden } from '../core/scope';
import { unitScope } from '../core/viewer';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Proposal, ProposalUnit } from './proposal.entity';
import type { CoUnitOpinionInput, WaiveCoUnitInput } from './proposal.inputs';
import { actorName } from './proposal.history';
import { bindAttachments } from '../files/attachment.service';
import { refId } from './proposal.references';
import type { Step } from './proposal.step';
import { invalidTransition, refuseInState } from './proposal.transition';

// The units' side of a proposal in handling (docs/domain.md, lead and co-units): co-units send
// 会办意见 without moving the proposal; the lead unit replies once they have, or the county let it.

export const CO_UNIT_OPINION = 'CO_UNIT_OPINION';
export const WAIVE_CO_UNIT = 'WAIVE_CO_UNIT';

type Part = ProposalUnit & CoUnitPart;

/** The proposal's units with their names, lead first. */
export async function assignedParts(manager: EntityManager, proposalId: number): Promise<Part[]> {
  const rows = await manager.getRepository(ProposalUnit).find({ where: { proposalId }, order: { id: 'ASC' } });
  const units = rows.length
    ? await manager.getRepository(HandlingUnit).find({ where: { id: In(rows.map((r) => r.unitId)) } })
    : [];
  const names = new Map(units.map((u) => [u.id, u.name]));
  return rows
    .map((r) => Object.assign(r, { unitName: names.get(r.unitId) ?? String(r.unitId) }))
    .sort((a, b) => Number(b.role === UnitAssignmentRole.LEAD) - Number(a.role === UnitAssignmentRole.LEAD));
}

const coParts = (parts: readonly Part[]) => parts.filter((p) => p.role === UnitAssignmentRole.CO);

/**
 * 办复 is the lead unit's: a co-unit user is refused (it sends 会办意见 instead), and the reply
 * waits for every co-unit's opinion unless the county waived it or allowed the reply before.
 */
export async function assertLeadMayReply(ctx: GraphQLContext, manager: EntityManager, proposal: Proposal) {
  const parts = await assignedParts(manager, proposal.id);
  const unit = unitScope(ctx.viewer);
  if (unit != null && parts.find((p) => p.unitId === unit)?.role !== UnitAssignmentRole.LEAD)
    throw forbidden('会办单位不直接答复：请提交会办意见，由主办单位统一答复');
  const gate = replyGateReason(coParts(parts), proposal.replyBeforeCoUnits);
  if (gate) throw invalidTransition(proposal.status, ProposalAction.REPLY, gate);
}

export const checkInHandling = (action: string, actionLabel: string) => (proposal: Proposal) => {
  if (!isInHandling(proposal.status))
    throw refuseInState(proposal.status, action, actionLabel, '只有交办后答复前、或重新办理中的提案才可以');
};

/** The co-unit part a step names: the caller's own unit, or for county staff the unit the input names. */
async function coPartOf(ctx: GraphQLContext, manager: EntityManager, proposal: Proposal, unitId?: string | null) {
  const own = unitScope(ctx.viewer);
  const id = own ?? refId(unitId);
  if (own == null && unitId == null) throw badInput([{ field: 'input.unitId', message: '请选择会办单位' }]);
  const part = coParts(await assignedParts(manager, proposal.id)).find((p) => p.unitId === id) ?? null;
  if (!part && own != null) throw forbidden('只有会办单位提交会办意见；主办单位请直接答复');
  return part;
}

/** 会办意见: the co-unit's opinion to the lead unit (sent again, it replaces the earlier one). */
export function coUnitOpinionStep(ctx: GraphQLContext, input: CoUnitOpinionInput): Step {
  return {
    action: CO_UNIT_OPINION,
    check: checkInHandling(CO_UNIT_OPINION, '提交会办意见'),
    async plan(proposal, manager) {
      const part = await coPartOf(ctx, manager, proposal, input.unitId);
      if (!part) throw badInput([{ field: 'input.unitId', message: '该单位不是本提案的会办单位' }]);
      const today = todayInChina();
      const on = input.on ?? today;
      assertValid([
        ...coUnitOpinionErrors(input.text),
        ...stepDateErrors('input.on', on, '会办意见日期', today, { date: proposal.assignedOn, label: '交办日期' }),
      ]);
      const text = input.text.trim();
      return {
        changes: {},
        note: `${part.unitName}会办意见：${text}`,
        details: { coUnit: { unitId: part.unitId, opinionOn: on } },
        writeRelated: async (m) => {
          await m
            .getRepository(ProposalUnit)
            .update({ id: part.id }, { opinionText: text, opinionOn: on, opinionByName: actorName(ctx.viewer) });
          await bindAttachments(m, ctx, input.attachmentIds, 'ProposalUnit', part.id, 'input.attachmentIds');
        },
      };
    },
  };
}

/** The county waives a co-unit's missing opinion, so that the lead unit may reply. */
export function waiveCoUnitStep(ctx: GraphQLContext, input: WaiveCoUnitInput): Step {
  return {
    action: WAIVE_CO_UNIT,
    check: checkInHandling(WAIVE_CO_UNIT, '免除会办意见'),
    async plan(proposal, manager) {
      const part = await coPartOf(ctx, manager, proposal, input.unitId);
      assertValid(waiverErrors(part, input.note));
      const note = input.note.trim();
      const waivedOn = todayInChina();
      return {
        changes: {},
        note: `免除${part!.unitName}的会办意见：${note}`,
        details: { coUnit: { unitId: part!.unitId, waivedOn } },
        writeRelated: async (m) => {
          await m.getRepository(ProposalUnit).update({ id: part!.id }, { waivedOn, waiverNote: note });
        },
      };
    },
  };
}

/**
 * The units' part of the caller's buttons: a co-unit user sends 会办意见 instead of replying; the
 * reply waits while co-units are pending (the county may then waive them).
 */
export function unitActions(
  actions: readonly string[],
  proposal: Proposal,
  parts: readonly ProposalUnit[],
  viewerUnit: number | null,
  county: boolean,
): string[] {
  const co = parts.filter((p) => p.role === UnitAssignmentRole.CO);
  const pending = pendingCoUnits(co);
  const gated = coUnitsHoldingReply(co, proposal.replyBeforeCoUnits).length > 0;
  const mine = viewerUnit == null ? null : parts.find((p) => p.unitId === viewerUnit);
  const out = actions.filter(
    (a) => a !== ProposalAction.REPLY || (!gated && (viewerUnit == null || mine?.role === UnitAssignmentRole.LEAD)),
  );
  if (isInHandling(proposal.status)) {
    if (mine?.role === UnitAssignmentRole.CO || (county && co.length > 0)) out.push(CO_UNIT_OPINION);
    if (county && pending.length > 0) out.push(WAIVE_CO_UNIT);
  }
  return out;
}
