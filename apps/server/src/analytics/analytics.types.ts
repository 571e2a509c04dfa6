import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

// simpleResolvers: these are plain data trees of thousands of fields; type-graphql's per-field
// middleware machinery would otherwise cost more than the SQL behind them.
import { DutyRuleKey } from '@cppcc/domain';
// Registers the DutyRuleKey enum with GraphQL.
import '../plans/plan.entity';
import { DateScalar, DateTimeScalar } from '../core/scalars';

@ObjectType({ description: '指标定义 (docs/metrics.md)', simpleResolvers: true })
export class MetricDefinition {
  @Field() key: string;
  @Field() label: string;
  @Field({ description: 'count, amount or rate (0–1)' }) kind: string;
  @Field() group: string;
  @Field() groupLabel: string;
  @Field() description: string;
  @Field({
    description: 'township: a value per township; county: the county only (not in the comparison or the assessment)',
  })
  scope: string;
}

@ObjectType({ simpleResolvers: true })
export class ComparisonMetric {
  @Field() key: string;
  @Field() label: string;
  @Field() kind: string;
  @Field() group: string;
  @Field(() => Float, { nullable: true, description: 'County value (rates from summed counts)' }) total: number | null;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field({ description: 'Every township has 0 or no value this year: weighting it in the assessment scores nobody' })
  allZero: boolean;
}

@ObjectType({ simpleResolvers: true })
export class ComparisonValue {
  @Field() key: string;
  @Field(() => Float, { nullable: true, description: 'null = 无数据 (rate with a zero denominator)' }) value:
    number | null;
  @Field(() => Int, { description: '1 = best; ties share a rank' }) rank: number;
  @Field(() => Float, { nullable: true, description: 'Previous year' }) previous: number | null;
  @Field(() => Float, { nullable: true }) change: number | null;
  @Field(() => Float, { nullable: true }) changeRate: number | null;
}

@ObjectType({ simpleResolvers: true })
export class ComparisonRow {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => [ComparisonValue]) values: readonly ComparisonValue[];
}

/** Figures of a closed year are read from its sealed snapshot (docs/domain.md, year close). */
@ObjectType('SealedFigures', { description: 'Fields of figures that a closed year reads from its snapshot' })
abstract class SealedFigures {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the year was closed; null: computed from the records now',
  })
  closedAt?: Date | string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 of the sealed snapshot these figures come from (yearSnapshot)',
  })
  snapshotHash?: string | null;
}

@ObjectType({ description: '乡镇横向比较', simpleResolvers: true })
export class Comparison extends SealedFigures {
  @Field(() => Int) year: number;
  @Field() perMember: boolean;
  @Field(() => [ComparisonMetric]) metrics: readonly ComparisonMetric[];
  @Field(() => [ComparisonRow]) rows: readonly ComparisonRow[];
}

@ObjectType({ simpleResolvers: true })
export class MetricValue {
  @Field() key: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'value / active members (count and amount metrics)' }) perMember:
    number | null;
}

@ObjectType({ simpleResolvers: true })
export class YearMetrics extends SealedFigures {
  @Field(() => Int) year: number;
  @Field(() => [MetricValue]) values: MetricValue[];
}

@ObjectType({ simpleResolvers: true })
export class AssessmentItem {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float) weight: number;
  @Field() perMember: boolean;
}

@InputType()
export class AssessmentItemInput {
  @Field() key: string;
  @Field(() => Float) weight: number;
  @Field({ defaultValue: false }) perMember: boolean;
}

@ObjectType({ simpleResolvers: true })
export class AssessmentScore {
  @Field() key: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { description: '0–100, best township = 100' }) scaled: number;
}

@ObjectType({ simpleResolvers: true })
export class AssessmentRow {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => Float, { description: 'Σ weight × scaled / Σ weight, rounded to 2 decimals' }) score: number;
  @Field(() => Int) rank: number;
  @Field(() => [AssessmentScore]) metrics: AssessmentScore[];
}

@ObjectType({ description: '年度考核', simpleResolvers: true })
export class Assessment extends SealedFigures {
  @Field(() => Int) year: number;
  @Field(() => [AssessmentItem]) scheme: AssessmentItem[];
  @Field(() => [AssessmentRow], { description: 'Ordered by rank' }) rows: AssessmentRow[];
}

@ObjectType({ simpleResolvers: true })
export class DutyRuleOutcome {
  @Field(() => DutyRuleKey) key: DutyRuleKey;
  @Field() label: string;
  @Field(() => Int) minCount: number;
  @Field(() => Int) actual: number;
  @Field() met: boolean;
  @Field(() => Int) points: number;
}

@ObjectType({ description: '委员年度履职情况', simpleResolvers: true })
export class MemberDuty {
  @Field(() => ID) memberId: string;
  @Field() memberName: string;
  @Field(() => ID) townshipId: string;
  @Field(() => [DutyRuleOutcome]) rules: DutyRuleOutcome[];
  @Field({ description: 'Meets every rule of the year' }) allMet: boolean;
  @Field(() => Int) points: number;
  @Field(() => [DutyRuleKey]) missed: DutyRuleKey[];
}

@ObjectType({ simpleResolvers: true })
export class SummaryFigure {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({
    description: 'As written in the summary, e.g. 100% or 12; "—" when value is null (a rate with a zero denominator)',
  })
  text: string;
}

@ObjectType({ description: '乡镇年度工作总结的数据与文字', simpleResolvers: true })
export class AnnualSummary extends SealedFigures {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => Int) year: number;
  @Field(() => [SummaryFigure]) figures: SummaryFigure[];
  @Field(() => [String], { description: 'Chinese sentences in the manner of the township work summaries' })
  sentences: string[];
  @Field({ description: 'The sentences as one paragraph' }) text: string;
}

@ObjectType({ description: '全县年度综述的一项指标：各乡镇合计、平均数、中位数及与上年比较', simpleResolvers: true })
export class CountyReportFigure {
  @Field({ description: '指标键 (docs/metrics.md)' }) key: string;
  @Field({ description: '指标名称' }) label: string;
  @Field({ description: 'count、amount 或 rate（0–1）' }) kind: string;
  @Field({ description: '量词（件、篇、次、条、元、人）；比率为空字符串' }) unit: string;
  @Field(() => Float, {
    nullable: true,
    description:
      '各乡镇数值之和（不含县政协本级记录）；比率由各乡镇分子、分母之和计算（如立案率 = Σ立案 ÷ Σ提交），不能如此计算的比率为 null',
  })
  total: number | null;
  @Field(() => Float, { nullable: true, description: '各乡镇数值的平均数（不计无数据的乡镇）' }) mean: number | null;
  @Field(() => Float, { nullable: true, description: '各乡镇数值的中位数' }) median: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '上年同口径合计（上年已封账时取其快照）；上年无记录时为 null',
  })
  previousTotal: number | null;
  @Field(() => Float, { nullable: true, description: 'total − previousTotal（比率为小数点差）' }) change: number | null;
  @Field(() => Float, { nullable: true, description: 'change ÷ |previousTotal|；上年为 0 时为 null' }) changeRate:
    number | null;
}

@ObjectType({ description: '考核排名中的一个乡镇', simpleResolvers: true })
export class CountyReportRanked {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => Int, { description: '名次，1 为最高，并列同名次' }) rank: number;
  @Field(() => Float, { description: '考核得分（两位小数）' }) score: number;
}

@ObjectType({ description: '一个乡镇某项指标与上年相比的变化', simpleResolvers: true })
export class CountyReportMove {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => Float, { description: '本年数值' }) value: number;
  @Field(() => Float, { description: '上年数值' }) previous: number;
  @Field(() => Float, { description: 'value − previous（比率为小数点差）' }) change: number;
  @Field(() => Float, { nullable: true, description: 'change ÷ |previous|；上年为 0 时为 null' }) changeRate:
    number | null;
}

@ObjectType({ description: '某项重点指标增幅、降幅最大的乡镇', simpleResolvers: true })
export class CountyReportMover {
  @Field() key: string;
  @Field() label: string;
  @Field() kind: string;
  @Field() unit: string;
  @Field(() => [CountyReportMove], { description: '增加最多的至多三个乡镇，由大到小' })
  rises: readonly CountyReportMove[];
  @Field(() => [CountyReportMove], { description: '减少最多的至多三个乡镇，由大到小' })
  falls: readonly CountyReportMove[];
}

@ObjectType({ description: '乡镇的一项数值', simpleResolvers: true })
export class CountyReportValue {
  @Field() key: string;
  @Field(() => Float, { nullable: true, description: 'null = 无数据' }) value: number | null;
}

@ObjectType({ description: '综述表格中的一个乡镇：考核、主要工作量、计划完成和委员履职达标', simpleResolvers: true })
export class CountyReportTownship {
  @Field(() => ID) townshipId: string;
  @Field() townshipName: string;
  @Field(() => Int, { nullable: true, description: '考核名次；考核中没有该乡镇时为 null' }) rank: number | null;
  @Field(() => Float, { nullable: true, description: '考核得分' }) score: number | null;
  @Field(() => [CountyReportValue], {
    description: '主要工作量：提交提案、报送社情民意、集中学习、大协商、微协商、视察、调研报告',
  })
  figures: readonly CountyReportValue[];
  @Field(() => Float, { nullable: true, description: '计划完成率；没有计划事项时为 null' }) planCompletionRate:
    number | null;
  @Field(() => Int, { description: '在任委员人数（委员履职表的行数）' }) members: number;
  @Field(() => Int, { description: '达到全部履职规则的委员人数' }) membersMeetingAllRules: number;
  @Field(() => Float, { nullable: true, description: '履职达标率；没有在任委员时为 null' }) dutyComplianceRate:
    number | null;
}

@ObjectType({ description: '全县乡镇委员履职达标情况', simpleResolvers: true })
export class CountyReportDuty {
  @Field(() => Int, { description: '各乡镇在任委员人数之和' }) members: number;
  @Field(() => Int, { description: '达到全部履职规则的委员人数' }) membersMeetingAllRules: number;
  @Field(() => Float, { nullable: true, description: '履职达标率；没有委员时为 null' }) rate: number | null;
}

@ObjectType({
  description:
    '县政协年度乡镇政协工作综述：全县各乡镇的合计、平均、考核排名、与上年相比变化最大的乡镇、计划完成和委员履职达标，及其中文表述。已封账年度取自封账快照',
  simpleResolvers: true,
})
export class CountyAnnualReport extends SealedFigures {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: '乡镇（街道）个数' }) townshipCount: number;
  @Field(() => [CountyReportFigure], { description: '主要指标，按综述顺序' }) figures: readonly CountyReportFigure[];
  @Field(() => [CountyReportRanked], { description: '考核前三名（含并列）；无人得分时为空' })
  top: readonly CountyReportRanked[];
  @Field(() => [CountyReportRanked], { description: '考核后三名（不与前三名重复）' })
  bottom: readonly CountyReportRanked[];
  @Field(() => [CountyReportMover], { description: '重点指标与上年相比增减最多的乡镇；没有上年数据时为空' })
  movers: readonly CountyReportMover[];
  @Field(() => [CountyReportTownship], { description: '各乡镇，按全县乡镇排序' })
  townships: readonly CountyReportTownship[];
  @Field(() => CountyReportDuty) duty: CountyReportDuty;
  @Field(() => [String], { description: '综述的中文句子；无可报告的内容时为空列表' }) sentences: readonly string[];
  @Field({ description: '句子连成一段' }) text: string;
}

export enum MetricRecordPart {
  NUMERATOR = 'NUMERATOR',
  DENOMINATOR = 'DENOMINATOR',
}

registerEnumType(MetricRecordPart, {
  name: 'MetricRecordPart',
  description:
    'Which records of a figure to list: NUMERATOR (a count’s or sum’s own records, a rate’s numerator) or DENOMINATOR (a rate’s denominator; for a count or amount the active members it is divided by per member)',
});

@ObjectType({
  description: '指标明细: one record a figure counts (docs/metrics.md, "Drill-down")',
  simpleResolvers: true,
})
export class MetricRecord {
  @Field({
    description:
      'GraphQL type of the record: Proposal, Activity, ActivityParticipant, OpinionReport, Member, SupervisionTarget, RectificationItem, WorkPlanItem or DutyReport',
  })
  recordType: string;

  @Field(() => ID, { description: 'The record’s id (read it whole with its single query, e.g. activity(id))' })
  id: string;

  @Field({ description: 'Its title (a member: the name; an attendance row: the activity’s title)' })
  title: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Its date: submitted, held, due; null for members, plan items and supervision targets',
  })
  date: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The township the figure files it under (a member: where they are counted that year); null: the county’s own',
  })
  townshipId: string | null;

  @Field(() => String, { nullable: true, description: 'That township’s name' })
  townshipName: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The member it is about: an attendance row’s member, a member, or whose duty figure it counts for',
  })
  memberId: string | null;

  @Field(() => String, { nullable: true, description: 'That member’s name' })
  memberName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'GraphQL type of the record it hangs on: Activity (attendance rows), WorkPlan (plan items), SupervisionTarget (rectification items)',
  })
  parentType: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of that record' })
  parentId: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'For a sum, what this record adds to it (suggestions, yuan, points, min(actual, target)); null for a count',
  })
  value: number | null;
}

@ObjectType({ description: 'A page of the records behind a figure', simpleResolvers: true })
export class MetricRecordList {
  @Field(() => [MetricRecord], { description: 'The page asked for, oldest first' }) nodes: MetricRecord[];

  @Field(() => Int, { description: 'Every record of the figure’s part, all pages: a count’s value' })
  totalCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'For a sum, the values of all pages added up: the figure’s value; null for a count',
  })
  valueSum: number | null;
}
