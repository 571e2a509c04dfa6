import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { RectificationStatus, Satisfaction, SupervisionKind } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { DateScalar } from '../core/scalars';
import { decimalToNumber } from '../core/decimal';

/** 民主监督对象: a handling unit chosen for a year and topic, with its phases and evaluation. */
@ObjectType({ description: '民主监督对象', simpleResolvers: true })
@Entity('supervision_target')
@Index(['year', 'unitId'])
export class SupervisionTarget extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'integer' })
  unitId: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => SupervisionKind)
  @Column({ type: 'varchar', length: 30 })
  kind: SupervisionKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Field(() => DateScalar, { nullable: true, description: '早期检查工作计划' })
  @Column({ type: 'date', nullable: true })
  planCheckOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  planCheckNotes: string | null;

  @Field(() => DateScalar, { nullable: true, description: '中期督促落实' })
  @Column({ type: 'date', nullable: true })
  midYearOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  midYearNotes: string | null;

  @Field(() => DateScalar, { nullable: true, description: '后期民主评议' })
  @Column({ type: 'date', nullable: true })
  evaluationOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  evaluationNotes: string | null;

  @Field(() => DateScalar, { nullable: true, description: '回头看' })
  @Column({ type: 'date', nullable: true })
  lookBackOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lookBackNotes: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  questionnairesIssued: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  questionnairesReturned: number | null;

  @Field(() => Float, { nullable: true, description: '0–100' })
  @Column({ type: 'decimal', precision: 5, scale: 2, nullable: true, transformer: decimalToNumber })
  score: number | null;

  @Field(() => Satisfaction, { nullable: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  grade: Satisfaction | null;

  @Field(() => String, { nullable: true, description: '发现的问题' })
  @Column({ type: 'text', nullable: true })
  findings: string | null;

  @Field(() => Int, { nullable: true, description: '提出建议条数' })
  @Column({ type: 'integer', nullable: true })
  recommendationCount: number | null;
}

@ObjectType({ description: '整改事项', simpleResolvers: true })
@Entity('rectification_item')
export class RectificationItem extends VersionedRecord {
  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  targetId: number;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  @Field(() => RectificationStatus)
  @Column({ type: 'varchar', length: 20 })
  status: RectificationStatus;
}

@ObjectType({ description: '特约监督员: a member appointed to a unit for a period', simpleResolvers: true })
@Entity('special_supervisor')
export class SpecialSupervisor extends VersionedRecord {
  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  memberId: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  fromOn: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  toOn: string | null;
}
