import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DutyRuleKey, PlanItemKind, ProposalDutyBasis } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { DateScalar } from '../core/scalars';

@ObjectType({ description: '年度工作计划', simpleResolvers: true })
@Entity('work_plan')
@Index(['townshipId', 'year'], { unique: true })
export class WorkPlan extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'integer' })
  townshipId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

/**
 * One target of a plan: a record-count metric of the catalog and a target, e.g.
 * "调研报告不少于两篇" → researchReports × 2. Progress counts what the metric counts.
 */
@ObjectType('WorkPlanItem', { simpleResolvers: true })
@Entity('work_plan_item')
export class WorkPlanItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  planId: number;

  @Field(() => String, {
    nullable: true,
    description: 'A record-count metric key (metricCatalog); null only on an old item whose kind has no metric',
  })
  @Column({ type: 'varchar', length: 40, nullable: true })
  metricKey: string | null;

  @Field(() => PlanItemKind, {
    nullable: true,
    deprecationReason: 'Items name a metric (metricKey); kept so old items stay readable',
  })
  @Column({ type: 'varchar', length: 30, nullable: true })
  kind: PlanItemKind | null;

  @Field(() => Int)
  @Column({ type: 'integer' })
  target: number;

  @Field(() => Int, { nullable: true, description: '1–4, or null for the whole year' })
  @Column({ type: 'integer', nullable: true })
  quarter: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  description: string | null;
}

/** A member duty rule of one year (四个一 by default) with its points. */
@ObjectType({ description: '委员履职规则', simpleResolvers: true })
@Entity('duty_rule')
@Index(['year', 'key'], { unique: true })
export class DutyRule extends VersionedRecord {
  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => DutyRuleKey)
  @Column({ type: 'varchar', length: 30 })
  key: DutyRuleKey;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  minCount: number;

  @Field(() => Int, { description: '履职积分 for meeting the rule' })
  @Column({ type: 'integer', default: 0 })
  points: number;

  @Field(() => ProposalDutyBasis, {
    nullable: true,
    description: 'PROPOSAL only: count proposals 立案 (ACCEPTED, the default when null) or every one 提交 (SUBMITTED)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  proposalBasis: ProposalDutyBasis | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;
}

/** 述职报告 a member handed in for a year (one of the 四个一). */
@ObjectType({ description: '委员述职报告', simpleResolvers: true })
@Entity('duty_report')
@Index(['year', 'memberId'])
export class DutyReport extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'integer' })
  memberId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  submittedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;
}
