import type { EntityManager } from 'typeorm';
import { assertCanWrite, forbidden } from '../core/scope';
import { isPrincipal, unitScope, type Viewer } from '../core/viewer';
import { Proposal, ProposalUnit } from './proposal.entity';

/**
 * The record-level half of a proposal write (the role half is the operation's allow() rule):
 * a handling unit acts only on proposals assigned to it; a township officer only on proposals
 * of their own township (county-level proposals of organisations are the county's); admins on all.
 */
export async function assertMayAct(viewer: Viewer, proposal: Proposal, manager: EntityManager): Promise<void> {
  const unit = unitScope(viewer);
  if (unit == null) {
    assertCanWrite(viewer, Proposal, proposal);
    return;
  }
  if (isPrincipal(viewer) && viewer.readOnly) throw forbidden();
  const assigned = await manager
    .getRepository(ProposalUnit)
    .exists({ where: { proposalId: proposal.id, unitId: unit } });
  if (!assigned) throw forbidden('只能办理交办给本单位的提案');
}
