import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ImplementationStatus,
  PROPOSAL_ACTION_ROLES,
  Role,
  UnitAssignmentRole,
  proposalOverdueDays,
  todayInChina,
} from '@cppcc/domain';
import type { GraphQLContext } from '../core/context';
import { ADMIN_AND_OFFICER, ADMIN_ONLY, ALL_ROLES, allow, read, write } from '../core/access';
import { ListType, PageInput, SortInputType, type ListResult, type SortSpec } from '../core/pagination';
import { toId } from '../core/record-store';
import { isPrincipal, unitScope } from '../core/viewer';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Member } from '../members/member.entity';
import { OpinionReport } from '../opinions/opinion-report.entity';
import { Township } from '../townships/township.entity';
import { Proposal, ProposalEvent, ProposalReply, ProposalSigner, ProposalUnit } from './proposal.entity';
import {
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
import { ProposalContact, ProposalUnitRequest } from './proposal-handling.entity';
import { ProposerContactCard, proposerContacts } from './proposal.proposers';
import { handlingActions } from './proposal.requests';
import { unitActions } from './proposal.units';
import { proposalService } from './proposal.service';
import { allowedActionsFor } from './proposal.transition';

// Reads are scoped (proposal.scope.ts); the workflow roles come from the state machine's table.
allow({
  proposal: read(ALL_ROLES),
  proposals: read(ALL_ROLES),
  myAssignedProposals: read([Role.HANDLING_UNIT]),
  submitProposal: write(ADMIN_AND_OFFICER),
  updateProposal: write(ADMIN_AND_OFFICER),
  deleteProposal: write(ADMIN_AND_OFFICER),
  reviewProposal: write(PROPOSAL_ACTION_ROLES.REVIEW_ACCEPT),
  assignProposal: write(PROPOSAL_ACTION_ROLES.ASSIGN),
  replyProposal: write(PROPOSAL_ACTION_ROLES.REPLY),
  submitCoUnitOpinion: write(PROPOSAL_ACTION_ROLES.REPLY),
  waiveCoUnitOpinion: write(ADMIN_ONLY),
  requestUnitChange: write([Role.HANDLING_UNIT]),
  decideUnitRequest: write(ADMIN_ONLY),
  recordProposalContact: write(PROPOSAL_ACTION_ROLES.REPLY),
  recordProposalFeedback: write(PROPOSAL_ACTION_ROLES.FEEDBACK),
  setProposalImplementation: write(PROPOSAL_ACTION_ROLES.SET_IMPLEMENTATION),
  closeProposal: write(PROPOSAL_ACTION_ROLES.CLOSE),
  setProposalKey: write(ADMIN_ONLY),
});

const ProposalList = ListType(Proposal, 'ProposalList');
const ProposalSort = SortInputType(ProposalSortField, 'ProposalSort');
const VERSION_DESCRIPTION = 'expectedVersion: fail with CONFLICT instead of acting on a proposal a colleague changed';

const ROLE_ORDER = { [UnitAssignmentRole.LEAD]: 0, [UnitAssignmentRole.CO]: 1 } as const;

@Resolver(() => Proposal)
export class ProposalResolver {
  // ---- Queries

  @Query(() => Proposal, { nullable: true, description: 'null when it does not exist or the caller may not see it' })
  proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Proposal | null> {
    const n = Number(id);
    return Number.isSafeInteger(n) && n > 0 ? proposalService.get(ctx, n) : Promise.resolve(null);
  }

  @Query(() => ProposalList, {
    description: 'Officers see their township’s proposals, handling units those assigned to them',
  })
  proposals(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ProposalFilter, { nullable: true }) filter?: ProposalFilter,
    @Arg('sort', () => [ProposalSort], { nullable: true }) sort?: SortSpec<ProposalSortField>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ListResult<Proposal>> {
    return proposalService.list(ctx, { filter, sort, page });
  }

  @Query(() => ProposalList, {
    description: '我的交办提案: proposals assigned to the calling handling unit (lead or co-unit)',
  })
  myAssignedProposals(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ProposalFilter, { nullable: true }) filter?: ProposalFilter,
    @Arg('sort', () => [ProposalSort], { nullable: true }) sort?: SortSpec<ProposalSortField>[],
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ListResult<Proposal>> {
    return proposalService.assignedToMe(ctx, { filter, sort, page });
  }

  // ---- Mutations: submission and corrections

  @Mutation(() => Proposal, { description: '提交提案: SUBMITTED, with the next serial number of its year' })
  submitProposal(
    @Arg('input', () => SubmitProposalInput) input: SubmitProposalInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Proposal> {
    return proposalService.submit(ctx, input);
  }

  @Mutation(() => Proposal, {
    description: 'Corrects title, content or category while SUBMITTED; CONFLICT once reviewed',
  })
  updateProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProposalPatch) input: ProposalPatch,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.update(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Boolean, {
    description:
      'Withdraws a proposal entered by mistake: only while SUBMITTED and nothing is merged into it, otherwise CONFLICT',
  })
  deleteProposal(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return proposalService.remove(ctx, toId(id));
  }

  // ---- Mutations: workflow steps (INVALID_TRANSITION when the state refuses them)

  @Mutation(() => Proposal, { description: '审查: 立案 / 不予立案 (note = reason) / 转为意见建议 / 并案' })
  reviewProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReviewProposalInput) input: ReviewProposalInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.review(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, { description: '交办 (and 重新交办 before the first reply)' })
  assignProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AssignProposalInput) input: AssignProposalInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.assign(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, { description: '办复, by a unit the proposal is assigned to (or an admin on its behalf)' })
  replyProposal(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyProposalInput) input: ReplyProposalInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.reply(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, {
    description:
      '会办意见: a co-unit’s opinion to the lead unit, while the proposal is in handling; the status does not change',
  })
  submitCoUnitOpinion(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CoUnitOpinionInput) input: CoUnitOpinionInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.coUnitOpinion(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, {
    description: 'The county waives a co-unit’s missing 会办意见 with a reason, so that the lead unit may reply',
  })
  waiveCoUnitOpinion(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => WaiveCoUnitInput) input: WaiveCoUnitInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.waiveCoUnit(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, {
    description:
      '退回/调整 (within the county’s window of working days after assignment) or 延期 (lead unit, before the deadline): a unit asks the county',
  })
  requestUnitChange(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UnitRequestInput) input: UnitRequestInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.unitRequest(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, {
    description:
      'The county decides a unit’s request: refuses with a reason, grants a later deadline, or re-assigns (the deadline restarts)',
  })
  decideUnitRequest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DecideUnitRequestInput) input: DecideUnitRequestInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.decideUnitRequest(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, {
    description: '办前面商: the lead unit records a contact with the proposer, while in handling',
  })
  recordProposalContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProposalContactInput) input: ProposalContactInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.recordContact(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, { description: '满意度测评 of the latest reply; DISSATISFIED → REHANDLING' })
  recordProposalFeedback(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProposalFeedbackInput) input: ProposalFeedbackInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.feedback(ctx, toId(id), input, expectedVersion);
  }

  @Mutation(() => Proposal, { description: '落实情况, once replied (also after closing)' })
  setProposalImplementation(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ImplementationStatus) status: ImplementationStatus,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.setImplementation(ctx, toId(id), status, expectedVersion);
  }

  @Mutation(() => Proposal, { description: '办结, after feedback on the latest reply that is not DISSATISFIED' })
  closeProposal(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CloseProposalInput, { nullable: true }) input?: CloseProposalInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.close(ctx, toId(id), input ?? {}, expectedVersion);
  }

  @Mutation(() => Proposal, { description: '重点提案 flag and its supervising chair, for accepted proposals' })
  setProposalKey(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProposalKeyInput) input: ProposalKeyInput,
    @Ctx() ctx: GraphQLContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: VERSION_DESCRIPTION }) expectedVersion?: number,
  ): Promise<Proposal> {
    return proposalService.setKey(ctx, toId(id), input, expectedVersion);
  }

  // ---- Relations, batched through the request's loaders (and scoped like every read)

  @FieldResolver(() => Member, {
    nullable: true,
    description: 'Lead member (领衔); null for organisations’ proposals or when not visible to the caller',
  })
  leadMember(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<Member | null> {
    return p.leadMemberId == null ? Promise.resolve(null) : ctx.loaders.byId(Member).load(p.leadMemberId);
  }

  @FieldResolver(() => [Member], { description: 'Co-signers (联名委员) the caller may see' })
  async coSigners(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<Member[]> {
    const signers = await ctx.loaders.manyBy(ProposalSigner, 'proposalId').load(p.id);
    const members = await ctx.loaders.byId(Member).loadMany(signers.filter((s) => !s.isLead).map((s) => s.memberId));
    return members.filter((m): m is Member => m instanceof Member);
  }

  @FieldResolver(() => OpinionReport, {
    nullable: true,
    description:
      '转为社情民意: the opinion report the conversion created; null otherwise or when not visible to the caller',
  })
  opinionReport(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<OpinionReport | null> | null {
    return p.opinionReportId == null ? null : ctx.loaders.byId(OpinionReport).load(p.opinionReportId);
  }

  @FieldResolver(() => Township, {
    nullable: true,
    description: 'Township the proposal is attributed to; null = county level',
  })
  township(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Township | null | Promise<Township | null> {
    return ctx.loaders.reference(Township, p.townshipId);
  }

  @FieldResolver(() => HandlingUnit, { nullable: true, description: '主办单位' })
  leadUnit(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): HandlingUnit | null | Promise<HandlingUnit | null> {
    return ctx.loaders.reference(HandlingUnit, p.leadUnitId);
  }

  @FieldResolver(() => [ProposalUnit], { description: 'Units assigned: the lead unit first, then co-units' })
  async units(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<ProposalUnit[]> {
    const rows = await ctx.loaders.manyBy(ProposalUnit, 'proposalId').load(p.id);
    return [...rows].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.id - b.id);
  }

  @FieldResolver(() => Proposal, { nullable: true, description: '并案: the proposal this one was merged into' })
  mergedInto(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<Proposal | null> {
    return p.mergedIntoId == null ? Promise.resolve(null) : ctx.loaders.byId(Proposal).load(p.mergedIntoId);
  }

  @FieldResolver(() => [Proposal], { description: 'Proposals merged into this one' })
  mergedProposals(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<Proposal[]> {
    return ctx.loaders.manyBy(Proposal, 'mergedIntoId').load(p.id);
  }

  @FieldResolver(() => [ProposalReply], { description: '答复函: every reply round, the first first' })
  async replies(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<ProposalReply[]> {
    const rows = await ctx.loaders.manyBy(ProposalReply, 'proposalId').load(p.id);
    return [...rows].sort((a, b) => a.round - b.round);
  }

  @FieldResolver(() => [ProposalUnitRequest], {
    description: '退回/调整/延期 requests and their decisions, oldest first',
  })
  unitRequests(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<ProposalUnitRequest[]> {
    return ctx.loaders.manyBy(ProposalUnitRequest, 'proposalId').load(p.id);
  }

  @FieldResolver(() => [ProposalContact], { description: '办前面商 records, oldest first' })
  contacts(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<ProposalContact[]> {
    return ctx.loaders.manyBy(ProposalContact, 'proposalId').load(p.id);
  }

  @FieldResolver(() => [ProposerContactCard], {
    description:
      '提案人联系方式 for 办前面商: a unit reads the lead member and co-signers of a proposal assigned to it while it is open (assigned, replied, re-handled), nothing once closed; others the members they may read',
  })
  proposerContacts(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<ProposerContactCard[]> {
    return proposerContacts(ctx, p);
  }

  @FieldResolver(() => [ProposalEvent], { description: 'Every step, oldest first' })
  history(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<ProposalEvent[]> {
    return ctx.loaders.manyBy(ProposalEvent, 'proposalId').load(p.id);
  }

  @FieldResolver(() => [String], {
    description:
      'Workflow steps the caller may take now: ProposalAction names; CO_UNIT_OPINION / WAIVE_CO_UNIT, UNIT_REQUEST / DECIDE_UNIT_REQUEST and RECORD_CONTACT for the units’ part',
  })
  async allowedActions(@Root() p: Proposal, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    const actions = allowedActionsFor(ctx.viewer, p);
    if (p.leadUnitId == null || !isPrincipal(ctx.viewer) || ctx.viewer.readOnly) return actions;
    const parts = await ctx.loaders.manyBy(ProposalUnit, 'proposalId').load(p.id);
    const requests = await ctx.loaders.manyBy(ProposalUnitRequest, 'proposalId').load(p.id);
    const county = isPrincipal(ctx.viewer) && ctx.viewer.role === Role.COUNTY_ADMIN;
    const unit = unitScope(ctx.viewer);
    return [...unitActions(actions, p, parts, unit, county), ...handlingActions(p, parts, requests, unit, county)];
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days past the deadline (unreplied: until today; replied: of the first reply); null without a deadline',
  })
  overdueDays(@Root() p: Proposal): number | null {
    return proposalOverdueDays(p, todayInChina());
  }
}

@Resolver(() => ProposalUnit)
export class ProposalUnitResolver {
  @FieldResolver(() => HandlingUnit)
  unit(@Root() row: ProposalUnit, @Ctx() ctx: GraphQLContext): HandlingUnit | Promise<HandlingUnit> {
    return ctx.loaders.reference(HandlingUnit, row.unitId) as HandlingUnit | Promise<HandlingUnit>;
  }
}

@Resolver(() => ProposalReply)
export class ProposalReplyResolver {
  @FieldResolver(() => HandlingUnit, { nullable: true, description: 'The lead unit that replied' })
  unit(@Root() row: ProposalReply, @Ctx() ctx: GraphQLContext): HandlingUnit | null | Promise<HandlingUnit | null> {
    return ctx.loaders.reference(HandlingUnit, row.unitId);
  }
}
