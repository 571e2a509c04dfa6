import { isEditable, proposalTextErrors, type ProposalStatus } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { assertValid, conflict, notFound } from '../core/errors';
import { definedOnly, entityTypeName, guardWrite, inTransaction } from '../core/record-store';
import { requiredValue } from '../core/required';
import { writeAudit } from '../core/audit-log';
import { assertMayAct } from './proposal.access';
import { Proposal, ProposalEvent, ProposalSigner, ProposalUnit } from './proposal.entity';
import type { ProposalPatch } from './proposal.inputs';
import { PROPOSAL_LABEL, type Step } from './proposal.step';
import { trimmed } from './proposal.text';
import { statusLabel } from './proposal.transition';

const FIELD_LABELS = { title: '标题', content: '内容', category: '类别' } as const;

function notEditable(status: ProposalStatus, what: string) {
  return conflict(`提案当前状态为“${statusLabel(status)}”，已审查的提案不能${what}`, { status });
}

/** Corrections of title, content and category before the review (CONFLICT afterwards). */
export function editStep(patch: ProposalPatch): Step {
  return {
    action: 'UPDATE',
    check(proposal) {
      if (!isEditable(proposal.status)) throw notEditable(proposal.status, '修改');
    },
    plan(proposal) {
      const changes = definedOnly({
        title: patch.title === undefined ? undefined : (patch.title?.trim() ?? null),
        content: patch.content === undefined ? undefined : trimmed(patch.content),
        category: patch.category,
      }) as Partial<Proposal>;
      const merged = { ...proposal, ...changes };
      assertValid([...proposalTextErrors(merged), ...requiredValue('input.category', merged.category, '提案类别')]);
      const changed = (Object.keys(changes) as (keyof typeof FIELD_LABELS)[]).filter((k) => changes[k] !== proposal[k]);
      return { changes, note: changed.length ? `修改${changed.map((k) => FIELD_LABELS[k]).join('、')}` : null };
    },
  };
}

/**
 * Withdraws a proposal entered by mistake: only while SUBMITTED (nothing was decided on it yet)
 * and when no other proposal was merged into it; otherwise CONFLICT. The audit entry keeps it.
 */
export function deleteProposal(ctx: GraphQLContext, id: number): Promise<boolean> {
  return inTransaction(ctx, async (manager) => {
    const repo = manager.getRepository(Proposal);
    const proposal = await repo.findOneBy({ id });
    if (!proposal) throw notFound(PROPOSAL_LABEL, id);
    await assertMayAct(ctx.viewer, proposal, manager);
    if (!isEditable(proposal.status)) throw notEditable(proposal.status, '删除');
    if (await repo.exists({ where: { mergedIntoId: id } }))
      throw conflict('已有其他提案并入本提案，不能删除', { status: proposal.status });
    const signers = await manager.getRepository(ProposalSigner).findBy({ proposalId: id });
    for (const child of [ProposalSigner, ProposalUnit, ProposalEvent])
      await manager.getRepository(child).delete({ proposalId: id });
    await repo.delete(id);
    await guardWrite(ctx, manager, { entity: Proposal, entityId: id, action: 'DELETE', before: proposal, after: null });
    await writeAudit(manager, ctx, {
      action: 'DELETE',
      entityType: entityTypeName(Proposal),
      entityId: id,
      before: { ...proposal, signers: signers.map(({ memberId, isLead }) => ({ memberId, isLead })) },
    });
    return true;
  });
}
