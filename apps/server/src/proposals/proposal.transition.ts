import {
  PROPOSAL_STATUS_LABELS,
  allowedProposalActions,
  nextProposalStatus,
  proposalContext,
  type ProposalAction,
  type ProposalContext,
  type ProposalStatus,
} from '@cppcc/domain';
import type { GraphQLError } from 'graphql';
import { apiError, badInput } from '../core/errors';
import { isPrincipal, type Viewer } from '../core/viewer';
import type { Proposal } from './proposal.entity';

/** The state machine's argument names → the input fields the API names in BAD_USER_INPUT. */
const ARGUMENT_FIELDS = {
  reason: 'input.note',
  mergedIntoId: 'input.mergedIntoId',
  satisfaction: 'input.satisfaction',
} as const;

/** INVALID_TRANSITION naming the current state (in the message and in extensions.status). */
export function invalidTransition(status: ProposalStatus, action: string, message: string): GraphQLError {
  return apiError('INVALID_TRANSITION', message, { status, action });
}

export function statusLabel(status: ProposalStatus): string {
  return PROPOSAL_STATUS_LABELS[status] ?? status;
}

/** A refusal for steps outside the state machine (key flag …), worded like the machine's own. */
export function refuseInState(status: ProposalStatus, action: string, actionLabel: string, why: string): GraphQLError {
  return invalidTransition(status, action, `提案当前状态为“${statusLabel(status)}”，不能${actionLabel}：${why}`);
}

/**
 * The status `action` leads to from the proposal's state, given the step's arguments; throws
 * INVALID_TRANSITION (state or guard) or BAD_USER_INPUT (a missing argument) otherwise.
 */
export function transitionTarget(
  proposal: Pick<Proposal, 'status' | 'satisfaction'>,
  action: ProposalAction,
  args: ProposalContext = {},
): ProposalStatus {
  const result = nextProposalStatus(proposal.status, action, { ...proposalContext(proposal), ...args });
  if (result.ok) return result.to;
  if (result.code === 'INVALID_TRANSITION') throw invalidTransition(proposal.status, action, result.reason);
  throw badInput([{ field: ARGUMENT_FIELDS[result.field], message: result.reason }]);
}

/** The workflow buttons for this caller: none for read-only callers; the machine decides the rest. */
export function allowedActionsFor(
  viewer: Viewer,
  proposal: Pick<Proposal, 'status' | 'satisfaction'>,
): ProposalAction[] {
  if (!isPrincipal(viewer) || viewer.readOnly) return [];
  return allowedProposalActions(proposal.status, viewer.role, proposalContext(proposal));
}
