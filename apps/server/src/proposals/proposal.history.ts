import type { EntityManager } from 'typeorm';
import type { GraphQLContext } from '../core/context';
import { entityTypeName } from '../core/record-store';
import { isPrincipal, type Viewer } from '../core/viewer';
import { writeAudit } from '../core/audit-log';
import { Proposal, ProposalEvent } from './proposal.entity';

export interface StepRecord {
  /** SUBMIT, a ProposalAction, SET_KEY or UPDATE. */
  action: string;
  before: Proposal | null;
  after: Proposal;
  /** The history row's note (reason, reply class, satisfaction …). */
  note?: string | null;
  /** Related rows the step wrote (signers, units), added to the audit entry's after-image. */
  details?: object;
}

export function actorName(viewer: Viewer): string {
  return (isPrincipal(viewer) ? viewer.name : viewer.kind === 'system' ? '系统' : '匿名').slice(0, 100);
}

/** One history row and one audit entry for a step, through the step's transaction. */
export async function recordStep(manager: EntityManager, ctx: GraphQLContext, step: StepRecord): Promise<void> {
  await manager.getRepository(ProposalEvent).insert({
    proposalId: step.after.id,
    at: new Date(),
    action: step.action,
    fromStatus: step.before?.status ?? null,
    toStatus: step.after.status,
    actorName: actorName(ctx.viewer),
    note: step.note ?? null,
  });
  await writeAudit(manager, ctx, {
    action: step.action,
    entityType: entityTypeName(Proposal),
    entityId: step.after.id,
    before: step.before,
    after: step.details ? { ...step.after, ...step.details } : step.after,
  });
}
