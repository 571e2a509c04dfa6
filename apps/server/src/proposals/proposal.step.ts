import type { EntityManager } from 'typeorm';
import type { ProposalAction, ProposalContext, ProposalStatus } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { changeRecord } from '../core/record-store';
import { assertMayAct } from './proposal.access';
import { recordStep } from './proposal.history';
import { transitionTarget } from './proposal.transition';
import { Proposal } from './proposal.entity';

export const PROPOSAL_LABEL = '提案';

/** What a step writes once its checks pass. */
export interface StepPlan {
  /** Columns of the proposal row (the status and version are set by runStep). */
  changes: Partial<Proposal>;
  /** The history row's note. */
  note?: string | null;
  /** Related rows written, for the audit entry. */
  details?: object;
  /** Writes to related rows, after the proposal row's version-guarded update. */
  writeRelated?(manager: EntityManager): Promise<void>;
}

export interface Step {
  /** Audit and history action. */
  action: string;
  /** The state-machine action; steps that keep the status (edit, key flag) omit it and guard with `check`. */
  transition?: ProposalAction;
  /** The step's arguments the state machine needs (satisfaction, reason, merge target). */
  args?: ProposalContext;
  /** Throws when the proposal's state refuses the step (for steps outside the machine). */
  check?(proposal: Proposal): void;
  /** Validates the input against the proposal (BAD_USER_INPUT) and says what to write. */
  plan(proposal: Proposal, manager: EntityManager, to: ProposalStatus): Promise<StepPlan> | StepPlan;
}

/**
 * One workflow step through the one write path (changeRecord): the caller may act on the
 * proposal, the expected version, the transition and the input are checked before anything is
 * written; the row's status moves with a version bump, related rows follow, then one history
 * row and one audit entry.
 */
export function runStep(
  ctx: GraphQLContext,
  id: number,
  expectedVersion: number | null | undefined,
  step: Step,
): Promise<Proposal> {
  let note: string | null | undefined;
  let details: object | undefined;
  return changeRecord(ctx, Proposal, id, {
    label: PROPOSAL_LABEL,
    action: step.action,
    expectedVersion,
    authorize: (before, manager) => assertMayAct(ctx.viewer, before, manager),
    async plan(before, manager) {
      step.check?.(before);
      const to = step.transition ? transitionTarget(before, step.transition, step.args) : before.status;
      const plan = await step.plan(before, manager, to);
      ({ note, details } = plan);
      return { changes: { ...plan.changes, status: to }, writeRelated: plan.writeRelated };
    },
    record: (manager, before, after) => recordStep(manager, ctx, { action: step.action, before, after, note, details }),
  });
}
