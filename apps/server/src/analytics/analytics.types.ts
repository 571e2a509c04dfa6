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
export class YearMetrics {
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
