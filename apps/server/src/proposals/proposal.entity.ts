import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  ImplementationStatus,
  ProposalCategory,
  ProposalStatus,
  ProposerKind,
  ReplyClass,
  Satisfaction,
  UnitAssignmentRole,
  maskPhone,
} from '@cppcc/domain';
import { definePersonalData } from '../core/personal-data';
import { VersionedRecord } from '../core/versioned-record';
import { DateScalar, DateTimeScalar } from '../core/scalars';

/**
 * 提案. `year` and `townshipId` are fixed at submission (docs/metrics.md attribution): the plenary
 * session's year or the submission year; the lead proposer's township, null for proposals of
 * parties, committees and sectors (county only).
 */
@ObjectType({ description: '提案', simpleResolvers: true })
@Entity('proposal')
@Index(['year', 'townshipId'])
@Index(['year', 'serialNo'])
export class Proposal extends VersionedRecord {
  @Field(() => Int, { description: '提案年度 (attribution year)' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, {
    nullable: true,
    description: '会议名称, e.g. 十一届三次会议; null for 平时提案 between sessions',
  })
  @Column({ type: 'varchar', length: 50, nullable: true })
  session: string | null;

  @Field(() => Int, { description: '提案编号 within the year' })
  @Column({ type: 'integer' })
  serialNo: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  content: string | null;

  @Field(() => ProposalCategory)
  @Column({ type: 'varchar', length: 40 })
  category: ProposalCategory;

  @Field(() => ProposerKind)
  @Column({ type: 'varchar', length: 20 })
  proposerKind: ProposerKind;

  @Field(() => ID, { nullable: true, description: 'Lead proposer (MEMBER and JOINT proposals)' })
  @Column({ type: 'integer', nullable: true })
  leadMemberId: number | null;

  @Field(() => String, { nullable: true, description: 'Name of the party, group, committee or sector proposing' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  proposerOrgName: string | null;

  @Field(() => ID, { nullable: true, description: 'Township of the lead proposer at submission; null = county level' })
  @Column({ type: 'integer', nullable: true })
  townshipId: number | null;

  @Field(() => ProposalStatus)
  @Index()
  @Column({ type: 'varchar', length: 20 })
  status: ProposalStatus;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  submittedOn: string;

  @Field(() => ProposalStatus, {
    nullable: true,
    description: 'The review decision: ACCEPTED, REJECTED, CONVERTED or MERGED',
  })
  @Column({ type: 'varchar', length: 20, nullable: true })
  reviewDecision: ProposalStatus | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  reviewedOn: string | null;

  @Field(() => String, { nullable: true, description: '不立案理由 / 转办说明' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewNote: string | null;

  @Field(() => ID, { nullable: true, description: '并案: the proposal this one was merged into' })
  @Column({ type: 'integer', nullable: true })
  mergedIntoId: number | null;

  @Field(() => ID, {
    nullable: true,
    description: '转为社情民意: the opinion report the conversion created (its sourceProposalId is this proposal)',
  })
  @Column({ type: 'integer', nullable: true })
  opinionReportId: number | null;

  @Field({ description: '重点提案' })
  @Column({ type: 'boolean', default: false })
  isKey: boolean;

  @Field(() => String, { nullable: true, description: '领衔督办的主席' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  supervisingChair: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  assignedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: '办理期限 (default 3 months after assignment)' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => ID, { nullable: true, description: '主办单位' })
  @Index()
  @Column({ type: 'integer', nullable: true })
  leadUnitId: number | null;

  @Field({
    description:
      'The county let the lead unit reply before every co-unit has sent its 会办意见 (set on assignment; default false)',
  })
  @Column({ type: 'boolean', default: false })
  replyBeforeCoUnits: boolean;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  firstReplyOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  lastReplyOn: string | null;

  @Field(() => ReplyClass, { nullable: true })
  @Column({ type: 'varchar', length: 1, nullable: true })
  replyClass: ReplyClass | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  replyText: string | null;

  @Field(() => Satisfaction, { nullable: true, description: 'Latest member feedback' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  satisfaction: Satisfaction | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  feedbackOn: string | null;

  @Field(() => ImplementationStatus, { nullable: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  implementation: ImplementationStatus | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;
}

/** Lead proposer and co-signers (联名) of a proposal. */
@ObjectType('ProposalSigner', { simpleResolvers: true })
@Entity('proposal_signer')
@Index(['proposalId', 'memberId'], { unique: true })
export class ProposalSigner {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  proposalId: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  memberId: number;

  @Field()
  @Column({ type: 'boolean', default: false })
  isLead: boolean;
}

/** Units a proposal is assigned to: one 主办 and any 会办. */
@ObjectType('ProposalUnitAssignment', {
  description: '交办: a unit a proposal is assigned to, as 主办 (LEAD) or 会办 (CO)',
  simpleResolvers: true,
})
@Entity('proposal_unit')
@Index(['proposalId', 'unitId'], { unique: true })
export class ProposalUnit {
  @Field(() => ID, { description: 'The assignment; its co-unit opinion’s attachments have ownerType ProposalUnit' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  proposalId: number;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  unitId: number;

  @Field(() => UnitAssignmentRole)
  @Column({ type: 'varchar', length: 10 })
  role: UnitAssignmentRole;

  @Field(() => String, { nullable: true, description: '会办意见: what a co-unit sent the lead unit; null until sent' })
  @Column({ type: 'text', nullable: true })
  opinionText: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the co-unit sent its opinion' })
  @Column({ type: 'date', nullable: true })
  opinionOn: string | null;

  @Field(() => String, { nullable: true, description: 'Who sent it (the unit user or the county admin on its behalf)' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  opinionByName: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The county waived this co-unit’s missing opinion, so that the lead may reply',
  })
  @Column({ type: 'date', nullable: true })
  waivedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Why the opinion was waived' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  waiverNote: string | null;
}

/**
 * 答复函: one reply round of the lead unit, as a letter (文号, 签发人, 联系人), with the rating it got.
 * Every round is kept: a re-handled proposal shows reply 1, its rating, reply 2 …; the proposal's
 * own reply columns are those of the latest round (what the analytics count).
 */
@ObjectType('ProposalReply', { description: '答复函: one reply round, kept after re-handling', simpleResolvers: true })
@Entity('proposal_reply')
@Index(['proposalId', 'round'], { unique: true })
export class ProposalReply {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  proposalId: number;

  @Field(() => Int, { description: '1 for the first reply, 2 after the first re-handling …' })
  @Column({ type: 'integer' })
  round: number;

  @Field(() => ID, { nullable: true, description: 'The lead unit that replied' })
  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  repliedOn: string;

  @Field(() => ReplyClass)
  @Column({ type: 'varchar', length: 1 })
  replyClass: ReplyClass;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: '文号, e.g. 县交通运输局函〔2026〕12号' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  docNo: string | null;

  @Field(() => String, { nullable: true, description: '签发人' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  signer: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 of the unit' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Field(() => Satisfaction, { nullable: true, description: 'The proposer’s rating of this reply' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  satisfaction: Satisfaction | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  feedbackOn: string | null;

  @Field(() => String, { nullable: true, description: 'The proposer’s comment with the rating' })
  @Column({ type: 'text', nullable: true })
  feedbackNote: string | null;
}

// The letter's contact phone is a person's number, masked like the unit's own contact (handling-unit.entity.ts).
definePersonalData(
  ProposalReply,
  { handlingUnitId: 'unitId' },
  { contactPhone: { mask: maskPhone, masked: 'e.g. 138****3523, 0556-****3456' } },
);

/** One workflow step: the proposal's history. */
@ObjectType('ProposalEvent', { simpleResolvers: true })
@Entity('proposal_event')
export class ProposalEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  proposalId: number;

  @Field(() => DateTimeScalar)
  @Column({ type: 'datetime' })
  at: Date;

  @Field(() => String, { description: 'SUBMIT or a ProposalAction' })
  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Field(() => ProposalStatus, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: ProposalStatus | null;

  @Field(() => ProposalStatus)
  @Column({ type: 'varchar', length: 20 })
  toStatus: ProposalStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
