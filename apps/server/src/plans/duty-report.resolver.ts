import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { createCrudResolver } from '../core/crud-resolver';
import { ADMIN_AND_OFFICER, READERS, read, write } from '../core/access';
import { Member } from '../members/member.entity';
import { DutyReport } from './plan.entity';
import { DutyReportFilter, DutyReportInput, DutyReportPatch, DutyReportSortField } from './duty-report.inputs';
import { dutyReportService } from './duty-report.service';

const Base = createCrudResolver(
  {
    name: 'DutyReport',
    plural: 'dutyReports',
    entity: DutyReport,
    filter: DutyReportFilter,
    sortField: DutyReportSortField,
    input: DutyReportInput,
    patch: DutyReportPatch,
    deleteDescription: 'Deletes the duty report',
    access: {
      read: read(READERS),
      create: write(ADMIN_AND_OFFICER),
      update: write(ADMIN_AND_OFFICER),
      delete: write(ADMIN_AND_OFFICER),
    },
  },
  dutyReportService,
);

@Resolver(() => DutyReport)
export class DutyReportResolver extends Base {
  @FieldResolver(() => Member, { nullable: true })
  member(@Root() report: DutyReport, @Ctx() ctx: GraphQLContext): Promise<Member | null> {
    return ctx.loaders.byId(Member).load(report.memberId);
  }
}
