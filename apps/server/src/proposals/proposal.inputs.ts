import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ContactForm,
  ImplementationStatus,
  ProposalCategory,
  ProposalStatus,
  ProposerKind,
  ReplyClass,
  ReviewDecision,
  Satisfaction,
  UnitRequestKind,
} from '@cppcc/domain';
import { IdFilter, type BaseFilter } from '../core/list-query';
import { DateScalar } from '../core/scalars';
import { Township } from '../townships/township.entity';
import { HandlingUnit } from '../handling-units/handling-unit.entity';
import { Member } from '../members/member.entity';

export enum ProposalSortField {
  ID = 'ID',
  YEAR = 'YEAR',
  SERIAL_NO = 'SERIAL_NO',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  SUBMITTED_ON = 'SUBMITTED_ON',
  DEADLINE = 'DEADLINE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProposalSortField, { name: 'ProposalSortField' });

@InputType()
export class ProposalFilter implements BaseFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in title, content and proposing organisation' })
  q?: string;

  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Attribution year (the session year, or the submission year between sessions)',
  })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Exact session name, e.g. 十一届三次会议' })
  session?: string;

  @IdFilter(() => Township, 'Township the proposal is attributed to')
  townshipId?: string;

  @IdFilter(() => HandlingUnit, 'Proposals assigned to this handling unit (lead or co-unit)')
  unitId?: string;

  @Field(() => ProposalCategory, { nullable: true })
  category?: ProposalCategory;

  @Field(() => Boolean, { nullable: true, description: '重点提案' })
  isKey?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: past the deadline without a reply, or first replied late; false: the others',
  })
  overdue?: boolean;

  @Field(() => ProposerKind, { nullable: true })
  proposerKind?: ProposerKind;

  @IdFilter(() => Member, 'Proposals this member leads or co-signed')
  memberId?: string;
}

@InputType({ description: '提交提案. The server assigns the serial number and attributes year and township.' })
export class SubmitProposalInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => ProposalCategory)
  category: ProposalCategory;

  @Field(() => ProposerKind)
  proposerKind: ProposerKind;

  @Field(() => ID, {
    nullable: true,
    description: 'Lead member (领衔): required for MEMBER and JOINT; an ACTIVE member',
  })
  leadMemberId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Co-signers (联名): at least one for JOINT, none otherwise; ACTIVE members',
  })
  coSignerIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the party/group, committee or sector: required for PARTY_GROUP, COMMITTEE, SECTOR',
  })
  proposerOrgName?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Attachments uploaded by the caller through POST /files and not yet held by a record',
  })
  attachmentIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plenary session (会议期间提案), e.g. 十一届三次会议; absent for 平时提案',
  })
  session?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the session: required with session (the submission year or the next)',
  })
  year?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  submittedOn?: string | null;
}

@InputType({ description: 'Corrections while the proposal is SUBMITTED (not yet reviewed)' })
export class ProposalPatch {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  content?: string | null;

  @Field(() => ProposalCategory, { nullable: true })
  category?: ProposalCategory | null;
}

@InputType({ description: '审查' })
export class ReviewProposalInput {
  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Review note; the reason, required for REJECT (不予立案理由)' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'MERGE only: the proposal this one is merged into' })
  mergedIntoId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'ACCEPT only: flag as 重点提案 (needs supervisingChair)' })
  isKey?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The chair supervising a key proposal (主席领衔督办)' })
  supervisingChair?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  reviewedOn?: string | null;
}

@InputType({ description: '交办' })
export class AssignProposalInput {
  @Field(() => ID, { description: '主办单位' })
  leadUnitId: string;

  @Field(() => [ID], { nullable: true, description: '会办单位' })
  coUnitIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  assignedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default 3 months after assignedOn; not before it' })
  deadline?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Let the lead unit reply before every co-unit has sent its 会办意见 (default false)',
  })
  replyBeforeCoUnits?: boolean | null;
}

@InputType({ description: '会办意见: a co-unit’s opinion to the lead unit; the status does not change' })
export class CoUnitOpinionInput {
  @Field()
  text: string;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  on?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The co-unit, when a county admin enters the opinion on its behalf; a unit user sends its own',
  })
  unitId?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Attachments uploaded by the caller through POST /files and not yet held by a record',
  })
  attachmentIds?: string[] | null;
}

@InputType({ description: 'The county waives a co-unit’s missing 会办意见, with a reason' })
export class WaiveCoUnitInput {
  @Field(() => ID)
  unitId: string;

  @Field()
  note: string;
}

@InputType({ description: '办复' })
export class ReplyProposalInput {
  @Field(() => ReplyClass)
  replyClass: ReplyClass;

  @Field()
  text: string;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  repliedOn?: string | null;

  @Field(() => String, { nullable: true, description: '文号 of the reply letter' })
  docNo?: string | null;

  @Field(() => String, { nullable: true, description: '签发人' })
  signer?: string | null;

  @Field(() => String, { nullable: true, description: '联系人' })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  contactPhone?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Attachments uploaded by the caller through POST /files and not yet held by a record',
  })
  attachmentIds?: string[] | null;
}

@InputType({ description: '委员对答复的满意度测评; DISSATISFIED sends the proposal back for re-handling' })
export class ProposalFeedbackInput {
  @Field(() => Satisfaction)
  satisfaction: Satisfaction;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  on?: string | null;
}

@InputType({ description: '办结' })
export class CloseProposalInput {
  @Field(() => ImplementationStatus, {
    nullable: true,
    description: 'Sets the implementation status as it closes; absent keeps it',
  })
  implementation?: ImplementationStatus | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  closedOn?: string | null;
}

@InputType({ description: '重点提案 and its supervising chair' })
export class ProposalKeyInput {
  @Field()
  isKey: boolean;

  @Field(() => String, { nullable: true, description: 'Required when isKey' })
  supervisingChair?: string | null;
}

@InputType({ description: '承办单位申请退回、调整承办单位或延期' })
export class UnitRequestInput {
  @Field(() => UnitRequestKind)
  kind: UnitRequestKind;

  @Field()
  reason: string;

  @Field(() => DateScalar, { nullable: true, description: '延期: the deadline asked for, later than the one in force' })
  deadline?: string | null;

  @Field(() => String, { nullable: true, description: '调整: the units the asking unit suggests (free text)' })
  suggestion?: string | null;
}

@InputType({ description: 'The county’s decision on a unit’s request' })
export class DecideUnitRequestInput {
  @Field(() => ID)
  requestId: string;

  @Field()
  approve: boolean;

  @Field(() => String, { nullable: true, description: 'Required when refusing' })
  note?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '延期 approved: the deadline granted; default the one asked for',
  })
  deadline?: string | null;

  @Field(() => AssignProposalInput, {
    nullable: true,
    description: '退回/调整 approved: the new assignment; the deadline restarts from its date',
  })
  reassign?: AssignProposalInput | null;
}

@InputType({ description: '办前面商: a contact of the lead unit with the proposer' })
export class ProposalContactInput {
  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  contactedOn?: string | null;

  @Field(() => ContactForm)
  form: ContactForm;

  @Field(() => String, { nullable: true, description: 'Who took part' })
  participants?: string | null;

  @Field(() => String, { nullable: true, description: 'What the proposer said' })
  proposerView?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'County admins entering it for the lead unit: default the lead unit',
  })
  unitId?: string | null;
}

@InputType({ description: '提案办理规则' })
export class HandlingRulesInput {
  @Field(() => Int)
  returnWindowWorkingDays: number;

  @Field(() => Int)
  dueSoonDays: number;
}
