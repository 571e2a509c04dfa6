import type { ImplementationStatus } from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { listRecords } from '../core/list-query';
import type { ListResult, PageInput, SortSpec } from '../core/pagination';
import { unitScope } from '../core/viewer';
import { Proposal } from './proposal.entity';
import { deleteProposal, editStep } from './proposal.editing';
import type {
  AssignProposalInput,
  CloseProposalInput,
  CoUnitOpinionInput,
  DecideUnitRequestInput,
  ProposalContactInput,
  ProposalFeedbackInput,
  ProposalFilter,
  ProposalKeyInput,
  ProposalPatch,
  ProposalSortField,
  ReplyProposalInput,
  ReviewProposalInput,
  SubmitProposalInput,
  UnitRequestInput,
  WaiveCoUnitInput,
} from './proposal.inputs';
import { contactStep, decideUnitRequestStep, unitRequestStep } from './proposal.requests';
import { coUnitOpinionStep, waiveCoUnitStep } from './proposal.units';
import { proposalListSpec } from './proposal.list';
import { runStep } from './proposal.step';
import { submitProposal } from './proposal.submission';
import {
  assignStep,
  closeStep,
  feedbackStep,
  implementationStep,
  keyStep,
  replyStep,
  reviewStep,
} from './proposal.workflow';
import './proposal.scope';

export interface ProposalListArgs {
  filter?: ProposalFilter | null;
  sort?: SortSpec<ProposalSortField>[] | null;
  page?: PageInput | null;
}

type Version = number | null | undefined;

/**
 * What the resolver forwards to: reads through the scoped list and loaders, writes as workflow
 * steps (proposal.step.ts: one transaction, version bump, one history row, one audit entry).
 *
 * Decisions: serial numbers run per attribution year; deleteProposal hard-deletes only while
 * SUBMITTED (the audit entry keeps the record) since a reviewed proposal is counted; edits
 * after the review and deletes answer CONFLICT; 重点提案 is set on acceptance or later with
 * setProposalKey; only the lead unit replies, co-units send 会办意见 (proposal.units.ts).
 */
export const proposalService = {
  get: (ctx: GraphQLContext, id: number): Promise<Proposal | null> => ctx.loaders.byId(Proposal).load(id),
  list: (ctx: GraphQLContext, args: ProposalListArgs): Promise<ListResult<Proposal>> =>
    listRecords(ctx, Proposal, proposalListSpec, args),
  /**
   * 我的交办提案: the caller's unit's proposals — exactly its read scope, so the filter applies
   * as given (a unitId filter narrows to proposals co-assigned to that unit, never widens).
   */
  assignedToMe(ctx: GraphQLContext, args: ProposalListArgs): Promise<ListResult<Proposal>> {
    if (unitScope(ctx.viewer) == null) return Promise.resolve({ nodes: [], totalCount: 0 });
    return listRecords(ctx, Proposal, proposalListSpec, args);
  },
  submit: (ctx: GraphQLContext, input: SubmitProposalInput) => submitProposal(ctx, input),
  update: (ctx: GraphQLContext, id: number, patch: ProposalPatch, v: Version) => runStep(ctx, id, v, editStep(patch)),
  remove: (ctx: GraphQLContext, id: number) => deleteProposal(ctx, id),
  review: (ctx: GraphQLContext, id: number, input: ReviewProposalInput, v: Version) =>
    runStep(ctx, id, v, reviewStep(ctx, input)),
  assign: (ctx: GraphQLContext, id: number, input: AssignProposalInput, v: Version) =>
    runStep(ctx, id, v, assignStep(input)),
  reply: (ctx: GraphQLContext, id: number, input: ReplyProposalInput, v: Version) =>
    runStep(ctx, id, v, replyStep(ctx, input)),
  coUnitOpinion: (ctx: GraphQLContext, id: number, input: CoUnitOpinionInput, v: Version) =>
    runStep(ctx, id, v, coUnitOpinionStep(ctx, input)),
  waiveCoUnit: (ctx: GraphQLContext, id: number, input: WaiveCoUnitInput, v: Version) =>
    runStep(ctx, id, v, waiveCoUnitStep(ctx, input)),
  unitRequest: (ctx: GraphQLContext, id: number, input: UnitRequestInput, v: Version) =>
    runStep(ctx, id, v, unitRequestStep(ctx, input)),
  decideUnitRequest: (ctx: GraphQLContext, id: number, input: DecideUnitRequestInput, v: Version) =>
    runStep(ctx, id, v, decideUnitRequestStep(ctx, input)),
  recordContact: (ctx: GraphQLContext, id: number, input: ProposalContactInput, v: Version) =>
    runStep(ctx, id, v, contactStep(ctx, input)),
  feedback: (ctx: GraphQLContext, id: number, input: ProposalFeedbackInput, v: Version) =>
    runStep(ctx, id, v, feedbackStep(input)),
  setImplementation: (ctx: GraphQLContext, id: number, status: ImplementationStatus, v: Version) =>
    runStep(ctx, id, v, implementationStep(status)),
  close: (ctx: GraphQLContext, id: number, input: CloseProposalInput, v: Version) =>
    runStep(ctx, id, v, closeStep(input)),
  setKey: (ctx: GraphQLContext, id: number, input: ProposalKeyInput, v: Version) => runStep(ctx, id, v, keyStep(input)),
};
