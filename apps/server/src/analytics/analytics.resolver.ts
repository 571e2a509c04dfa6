import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { ADMIN_ONLY, COUNTY_READERS, READERS, allow, read, write } from '../core/access';
import { toId } from '../core/record-store';
import { PageInput } from '../core/pagination';
import * as analytics from './analytics.service';
import { metricRecords } from './metric-records';
import {
  AnnualSummary,
  Assessment,
  AssessmentItem,
  AssessmentItemInput,
  Comparison,
  CountyAnnualReport,
  MemberDuty,
  MetricDefinition,
  MetricRecordList,
  MetricRecordPart,
  YearMetrics,
} from './analytics.types';

allow({
  metricCatalog: read(READERS),
  townshipComparison: read(READERS),
  townshipMetrics: read(READERS),
  assessment: read(READERS),
  assessmentScheme: read(READERS),
  setAssessmentScheme: write(ADMIN_ONLY),
  memberDuty: read(READERS),
  annualSummary: read(READERS),
  // The county office's document over every township's members (who met the duty rules where):
  // officers read member duty of their own township only, and have their township's annualSummary.
  countyAnnualReport: read(COUNTY_READERS),
  metricRecords: read(READERS),
});

@Resolver()
export class AnalyticsResolver {
  @Query(() => [MetricDefinition], { description: 'Every metric of docs/metrics.md' })
  metricCatalog(): MetricDefinition[] {
    return analytics.metricCatalog();
  }

  @Query(() => Comparison, {
    description: 'Per township the values, ranks and previous-year values; county total, mean and median per metric',
  })
  townshipComparison(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('metrics', () => [String], { nullable: true }) metrics?: string[],
    @Arg('perMember', { defaultValue: false }) perMember?: boolean,
  ): Promise<Comparison> {
    return analytics.townshipComparison(ctx, year, metrics, perMember ?? false);
  }

  @Query(() => [YearMetrics], { description: 'A township’s metrics year by year (trend)' })
  townshipMetrics(
    @Arg('townshipId', () => ID) townshipId: string,
    @Arg('fromYear', () => Int) fromYear: number,
    @Arg('toYear', () => Int) toYear: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<YearMetrics[]> {
    return analytics.townshipMetrics(ctx, toId(townshipId, 'townshipId'), fromYear, toYear);
  }

  @Query(() => Assessment, { description: 'Weighted scores and ranks of the year (考核)' })
  assessment(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<Assessment> {
    return analytics.assessment(ctx, year);
  }

  @Query(() => [AssessmentItem], { description: 'The year’s scheme, or the county default when none is set' })
  async assessmentScheme(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<AssessmentItem[]> {
    return analytics.describeScheme(await analytics.assessmentSchemeOf(ctx, year));
  }

  @Mutation(() => [AssessmentItem], { description: 'Replaces the year’s scheme' })
  setAssessmentScheme(
    @Arg('year', () => Int) year: number,
    @Arg('items', () => [AssessmentItemInput]) items: AssessmentItemInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<AssessmentItem[]> {
    return analytics.setAssessmentScheme(ctx, year, items);
  }

  @Query(() => [MemberDuty], {
    description: 'Each active member’s record against the year’s duty rules; officers see their own township only',
  })
  memberDuty(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('townshipId', () => ID, { nullable: true }) townshipId?: string,
  ): Promise<MemberDuty[]> {
    return analytics.memberDuty(ctx, year, townshipId ? toId(townshipId, 'townshipId') : null);
  }

  @Query(() => AnnualSummary, {
    description: 'The figures of the township’s annual work summary and the same as Chinese sentences',
  })
  annualSummary(
    @Arg('townshipId', () => ID) townshipId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnnualSummary> {
    return analytics.annualSummary(ctx, toId(townshipId, 'townshipId'), year);
  }

  @Query(() => CountyAnnualReport, {
    description:
      '县政协年度乡镇政协工作综述：全县各乡镇的合计、平均、考核排名、与上年相比变化最大的乡镇、计划完成和委员履职达标，及其中文表述；已封账年度取自封账快照（带 closedAt、snapshotHash）。县级用户（县政协办公室、领导、全县范围的 API 令牌）可查',
  })
  countyAnnualReport(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<CountyAnnualReport> {
    return analytics.countyAnnualReport(ctx, year);
  }

  @Query(() => MetricRecordList, {
    description:
      'Drill-down: the records a figure counts, exactly (docs/metrics.md). Officers: their own township only (townshipId null means it); FORBIDDEN for another',
  })
  metricRecords(
    @Arg('metric', {
      description: 'A catalog metric key, or a duty rule key (PROPOSAL …) for a cell of the member duty table',
    })
    metric: string,
    @Arg('year', () => Int, { description: 'The figure’s year' }) year: number,
    @Ctx() ctx: GraphQLContext,
    @Arg('townshipId', () => ID, {
      nullable: true,
      description: 'The township whose figure it is; null: the county whole (records without a township too)',
    })
    townshipId?: string,
    @Arg('memberId', () => ID, {
      nullable: true,
      description:
        'Only this member’s records: proposals they led or co-signed, activities they attended, reports they (co-)submitted, their attendance rows and duty figures',
    })
    memberId?: string,
    @Arg('part', () => MetricRecordPart, {
      nullable: true,
      defaultValue: MetricRecordPart.NUMERATOR,
      description: 'Which records of the figure: a rate’s numerator or denominator',
    })
    part?: MetricRecordPart,
    @Arg('page', () => PageInput, { nullable: true, description: 'A page of the records, oldest first, then by id' })
    page?: PageInput,
  ): Promise<MetricRecordList> {
    return metricRecords(ctx, {
      metric,
      year,
      townshipId: townshipId ? toId(townshipId, 'townshipId') : null,
      memberId: memberId ? toId(memberId, 'memberId') : null,
      part: part ?? MetricRecordPart.NUMERATOR,
      page,
    });
  }
}
