import { recordOwner, registerAttachmentOwner } from '../core/attachment-owners';
import { defineScope, townshipScoped, type EntityScope, type ScopeCondition } from '../core/scope';
import { Proposal, ProposalEvent, ProposalReply, ProposalSigner, ProposalUnit } from './proposal.entity';
import { ProposalContact, ProposalUnitRequest } from './proposal-handling.entity';

/**
 * Who reads which proposals: county-wide callers all; a township officer those attributed to
 * their township; a handling unit those assigned to it (as lead or co-unit).
 */
export const proposalScope = townshipScoped<Proposal>('townshipId', (unitId) => ({
  sql: `{a}.id IN (SELECT pu.proposalId FROM proposal_unit pu WHERE pu.unitId = :scopeUnit)`,
  params: { scopeUnit: unitId },
}));

/** The proposal read condition turned into one on rows that belong to a proposal through `proposalId`. */
export function throughProposal(condition: ScopeCondition | boolean): ScopeCondition | boolean {
  if (typeof condition === 'boolean') return condition;
  return {
    sql: `{a}.proposalId IN (SELECT sp.id FROM proposal sp WHERE ${condition.sql.replaceAll('{a}', 'sp')})`,
    params: condition.params,
  };
}

/** Signers, unit assignments, replies and history rows are visible exactly where their proposal is. */
export function proposalChildScope<E>(): EntityScope<E> {
  return { read: (viewer) => throughProposal(proposalScope.read(viewer)) };
}

defineScope(Proposal, proposalScope);
defineScope(ProposalSigner, proposalChildScope<ProposalSigner>());
defineScope(ProposalUnit, proposalChildScope<ProposalUnit>());
defineScope(ProposalEvent, proposalChildScope<ProposalEvent>());
// A proposal's attachments are read by whoever reads the proposal (core/attachment-owners.ts).
registerAttachmentOwner('Proposal', recordOwner(Proposal, 'proposal'));
// A reply letter's scan and a co-unit's opinion papers go where the proposal goes.
registerAttachmentOwner('ProposalReply', recordOwner(ProposalReply, 'proposal'));
registerAttachmentOwner('ProposalUnit', recordOwner(ProposalUnit, 'proposal'));
defineScope(ProposalReply, proposalChildScope<ProposalReply>());
defineScope(ProposalUnitRequest, proposalChildScope<ProposalUnitRequest>());
defineScope(ProposalContact, proposalChildScope<ProposalContact>());
