import type { EntityManager } from 'typeorm';
import { OpinionStatus, yearOf } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { replaceChildRows } from '../core/child-rows';
import { createRecord } from '../core/record-store';
import { OpinionReport, OpinionSubmitter } from './opinion-report.entity';
import { opinionReportRules } from './opinion-report.service';

/** What a 转为社情民意 conversion carries over from the proposal. */
export interface ConvertedProposal {
  id: number;
  title: string;
  content: string | null;
  townshipId: number | null;
  /** Lead proposer first, then co-signers: the report's submitters. */
  authorIds: readonly number[];
  /** The conversion (review) date: the report's submission date. */
  convertedOn: string;
}

/**
 * The opinion report a conversion creates, inside the step's transaction and through the same
 * write path as createOpinionReport (rules, scope, audit). Its submitters are the proposal's
 * authors as recorded at submission — not re-checked as if newly chosen, since a member who has
 * left since still wrote it. Linked back by sourceProposalId.
 */
export function createConvertedReport(
  ctx: GraphQLContext,
  manager: EntityManager,
  proposal: ConvertedProposal,
): Promise<OpinionReport> {
  const columns: Partial<OpinionReport> = {
    title: proposal.title,
    content: proposal.content,
    townshipId: proposal.townshipId,
    submittedOn: proposal.convertedOn,
    year: yearOf(proposal.convertedOn),
    status: OpinionStatus.SUBMITTED,
    leaderInstruction: false,
    sourceProposalId: proposal.id,
  };
  return createRecord({ ...ctx, tx: manager }, OpinionReport, columns, opinionReportRules, (saved, m) =>
    replaceChildRows(
      m,
      OpinionSubmitter,
      'reportId',
      saved.id,
      [...new Set(proposal.authorIds)].map((memberId) => ({ memberId })),
    ),
  );
}
