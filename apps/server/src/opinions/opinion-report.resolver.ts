import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_AND_OFFICER, READERS, read, write } from '../core/access';
import { Member } from '../members/member.entity';
import { Proposal } from '../proposals/proposal.entity';
import { Township } from '../townships/township.entity';
import { OpinionReport, OpinionSubmitter } from './opinion-report.entity';
import {
  OpinionReportFilter,
  OpinionReportInput,
  OpinionReportPatch,
  OpinionReportSortField,
} from './opinion-report.inputs';
import { opinionReportService } from './opinion-report.service';

const Base = createCrudResolver(
  {
    name: 'OpinionReport',
    plural: 'opinionReports',
    entity: OpinionReport,
    filter: OpinionReportFilter,
    sortField: OpinionReportSortField,
    input: OpinionReportInput,
    patch: OpinionReportPatch,
    deleteDescription: 'Deletes the report and its submitter list',
    access: {
      read: read(READERS),
      create: write(ADMIN_AND_OFFICER),
      update: write(ADMIN_AND_OFFICER),
      delete: write(ADMIN_AND_OFFICER),
    },
  },
  opinionReportService,
);

@Resolver(() => OpinionReport)
export class OpinionReportResolver extends Base {
  @FieldResolver(() => Township, { nullable: true, description: 'Submitting township; null = the county' })
  township(@Root() report: OpinionReport, @Ctx() ctx: GraphQLContext): Township | null | Promise<Township | null> {
    return ctx.loaders.reference(Township, report.townshipId);
  }

  @FieldResolver(() => Proposal, {
    nullable: true,
    description:
      '转为社情民意: the proposal this report was converted from; null otherwise or when not visible to the caller',
  })
  sourceProposal(@Root() report: OpinionReport, @Ctx() ctx: GraphQLContext): Promise<Proposal | null> | null {
    return report.sourceProposalId == null ? null : ctx.loaders.byId(Proposal).load(report.sourceProposalId);
  }

  @FieldResolver(() => [ID], { description: 'Submitting members' })
  async submitterIds(@Root() report: OpinionReport, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await ctx.loaders.manyBy(OpinionSubmitter, 'reportId').load(report.id)).map((s) => String(s.memberId));
  }

  @FieldResolver(() => [Member], { description: 'Submitting members the caller may see' })
  async submitters(@Root() report: OpinionReport, @Ctx() ctx: GraphQLContext): Promise<Member[]> {
    const rows = await ctx.loaders.manyBy(OpinionSubmitter, 'reportId').load(report.id);
    const members = await ctx.loaders.byId(Member).loadMany(rows.map((s) => s.memberId));
    return members.filter((m): m is Member => m instanceof Member);
  }
}
