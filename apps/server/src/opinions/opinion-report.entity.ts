import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ClaimReview, GovernmentLevel, OpinionStatus } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { DateScalar } from '../core/scalars';

@ObjectType({ description: '社情民意信息', simpleResolvers: true })
@Entity('opinion_report')
@Index(['year', 'townshipId'])
export class OpinionReport extends VersionedRecord {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  content: string | null;

  @Field(() => ID, { nullable: true, description: 'Submitting township; null = county' })
  @Column({ type: 'integer', nullable: true })
  townshipId: number | null;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  submittedOn: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => OpinionStatus)
  @Column({ type: 'varchar', length: 20 })
  status: OpinionStatus;

  @Field(() => GovernmentLevel, { nullable: true, description: '采用级别 (highest level that adopted it)' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  adoptionLevel: GovernmentLevel | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  adoptedOn: string | null;

  @Field({ description: '领导批示' })
  @Column({ type: 'boolean', default: false })
  leaderInstruction: boolean;

  @Field(() => GovernmentLevel, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  instructionLevel: GovernmentLevel | null;

  @Field(() => String, { nullable: true, description: '批示领导, e.g. 县委书记' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  instructionLeader: string | null;

  @Field(() => DateScalar, { nullable: true, description: '批示日期' })
  @Column({ type: 'date', nullable: true })
  instructedOn: string | null;

  @Field(() => ClaimReview, {
    nullable: true,
    description: 'The county’s review of the claimed adoption; counted only when CONFIRMED (null: not adopted)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  adoptionReview: ClaimReview | null;

  @Field(() => ClaimReview, {
    nullable: true,
    description: 'The county’s review of the claimed leader instruction; counted only when CONFIRMED',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  instructionReview: ClaimReview | null;

  @Field(() => String, { nullable: true, description: '刊发期号, e.g. 《社情信息》2024年第5期' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  publishedIssue: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '转为社情民意: the proposal this report was converted from (set by the conversion, never by input). Such a report is counted once, as that proposal, not again among opinion reports',
  })
  @Index({ unique: true })
  @Column({ type: 'integer', nullable: true })
  sourceProposalId: number | null;
}

@ObjectType('OpinionSubmitter', { simpleResolvers: true })
@Entity('opinion_submitter')
@Index(['reportId', 'memberId'], { unique: true })
export class OpinionSubmitter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  reportId: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  memberId: number;
}
