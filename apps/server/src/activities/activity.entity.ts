import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ActivityKind, Attendance, ClaimReview, ConsultationScale, GovernmentLevel, MeetingKind } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { DateScalar } from '../core/scalars';

/** 履职活动 of any kind; organised by a township, or by the county when townshipId is null. */
@ObjectType({ description: '履职活动', simpleResolvers: true })
@Entity('activity')
@Index(['year', 'townshipId', 'kind'])
export class Activity extends VersionedRecord {
  @Field(() => ActivityKind)
  @Column({ type: 'varchar', length: 30 })
  kind: ActivityKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  heldOn: string;

  @Field(() => Int, { description: 'Year of heldOn (indexed for comparisons)' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID, { nullable: true, description: 'Organising township; null = county' })
  @Column({ type: 'integer', nullable: true })
  townshipId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'STUDY, CONSULTATION: 主题' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  topic: string | null;

  @Field(() => MeetingKind, { nullable: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  meetingKind: MeetingKind | null;

  @Field(() => ConsultationScale, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  consultationScale: ConsultationScale | null;

  @Field(() => Int, { description: '提出意见建议 (CONSULTATION, INSPECTION, RESEARCH, VISIT)' })
  @Column({ type: 'integer', default: 0 })
  suggestionsMade: number;

  @Field(() => Int, { description: '被采纳建议' })
  @Column({ type: 'integer', default: 0 })
  suggestionsAdopted: number;

  @Field(() => ClaimReview, {
    nullable: true,
    description: 'The county’s review of the claimed adopted suggestions; counted only when CONFIRMED (null: none)',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  adoptionReview: ClaimReview | null;

  @Field(() => String, { nullable: true, description: 'INSPECTION report, or RESEARCH report title' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reportTitle: string | null;

  @Field(() => String, { nullable: true, description: 'RESEARCH: 报送 (镇党委 / 县政协 …)' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  submittedTo: string | null;

  @Field(() => Int, { nullable: true, description: 'VISIT: people reached' })
  @Column({ type: 'integer', nullable: true })
  peopleReached: number | null;

  @Field(() => Int, { nullable: true, description: 'VISIT: opinions collected' })
  @Column({ type: 'integer', nullable: true })
  opinionsCollected: number | null;

  @Field(() => Int, { description: 'CHARITY: amount donated, whole yuan' })
  @Column({ type: 'integer', default: 0 })
  donationYuan: number;

  @Field(() => Int, { nullable: true, description: 'CHARITY: beneficiaries' })
  @Column({ type: 'integer', nullable: true })
  beneficiaries: number | null;

  @Field(() => GovernmentLevel, { nullable: true, description: 'PUBLICITY: outlet level' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  outletLevel: GovernmentLevel | null;

  @Field(() => Int, { nullable: true, description: 'CULTURAL_HISTORY: pieces submitted' })
  @Column({ type: 'integer', nullable: true })
  piecesSubmitted: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}

@ObjectType('ActivityParticipant', {
  description: 'A member invited to an activity and their attendance',
  simpleResolvers: true,
})
@Entity('activity_participant')
@Index(['activityId', 'memberId'], { unique: true })
export class ActivityParticipant {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  activityId: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  memberId: number;

  @Field(() => Attendance)
  @Column({ type: 'varchar', length: 10 })
  attendance: Attendance;
}
