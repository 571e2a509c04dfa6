import type { EntityManager } from 'typeorm';
import type { ProposalAction, ProposalContext, ProposalStatus } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { conflict, notFound } from '../core/errors';
import { inTransaction } from '../core/record-store';
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

function stale(proposal: Proposal) {
  return conflict(`提案已被他人修改（当前版本 ${proposal.version}），请刷新后重试`, { currentVersion: proposal.version });
}

/**
 * One workflow step in one transaction: load the proposal, check the caller may act on it, the
 * expected version, the transition and the input; then update the row with a version bump
 * (a concurrent step makes it CONFLICT), write related rows, one history row and one audit entry.
 * Any refusal throws before the first write, and a later failure rolls everything back.
 */
export function runStep(ctx: GraphQLContext, id: number, expectedVersion: number | null | undefined, step: Step): Promise<Proposal> {
  return inTransaction(ctx, async (manager) => {
    const repo = manager.getRepository(Proposal);
    const before = await repo.findOneBy({ id });
    if (!before) throw notFound(PROPOSAL_LABEL, id);
    await assertMayAct(ctx.viewer, before, manager);
    if (expectedVersion != null && expectedVersion !== before.version) throw stale(before);
    step.check?.(before);
    const to = step.transition ? transitionTarget(before, step.transition, step.args) : before.status;
    const plan = await step.plan(before, manager, to);
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ ...plan.changes, status: to, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id, version: before.version })
      .execute();
    if (result.affected === 0) throw stale(before);
    await plan.writeRelated?.(manager);
    const after = await repo.findOneByOrFail({ id });
    await recordStep(manager, ctx, { action: step.action, before, after, note: plan.note, details: plan.details });
    return after;
  });
}
