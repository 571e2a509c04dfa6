import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ActivityKind, Attendance, ConsultationScale, GovernmentLevel, MeetingKind } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';
import { CLAIM_EVIDENCE_DESCRIPTION } from '../claims/claim.inputs';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';
import { Member } from '../members/member.entity';

export enum ActivitySortField {
  ID = 'ID',
  HELD_ON = 'HELD_ON',
  TITLE = 'TITLE',
  KIND = 'KIND',
  TOWNSHIP = 'TOWNSHIP',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ActivitySortField, { name: 'ActivitySortField' });

@InputType()
export class ActivityFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in title, topic, location and report title' })
  q?: string;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKind;

  @Field(() => MeetingKind, { nullable: true })
  meetingKind?: MeetingKind;

  @Field(() => ConsultationScale, { nullable: true })
  consultationScale?: ConsultationScale;

  @Field(() => Int, { nullable: true, description: 'Year of heldOn' })
  year?: number;

  @IdFilter(() => Township, 'Organising township')
  townshipId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: county activities only (no township); false: township activities only',
  })
  county?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or after this date' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or before this date' })
  to?: string;

  @IdFilter(() => Member, 'Activities this member is a participant of')
  memberId?: string;
}

@InputType({ description: 'A participant and their attendance (出席 / 请假 / 缺席)' })
export class ActivityParticipantInput {
  @Field(() => ID)
  memberId: string;

  @Field(() => Attendance, { defaultValue: Attendance.PRESENT })
  attendance: Attendance;
}

function activityFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => ActivityKind, { nullable: partial })
    kind?: ActivityKind;

    @Field(() => String, { nullable: partial })
    title?: string;

    @Field(() => DateScalar, { nullable: partial, description: 'The year of the activity is the year of this date' })
    heldOn?: string;

    @Field(() => ID, { nullable: true, description: 'Organising township; null = the county (county admins only)' })
    townshipId?: string | null;

    @Field(() => String, { nullable: true })
    location?: string | null;

    @Field(() => String, { nullable: true, description: 'STUDY, CONSULTATION: 主题' })
    topic?: string | null;

    @Field(() => MeetingKind, { nullable: true, description: 'Required for MEETING, only for MEETING' })
    meetingKind?: MeetingKind | null;

    @Field(() => ConsultationScale, { nullable: true, description: 'Required for CONSULTATION, only for CONSULTATION' })
    consultationScale?: ConsultationScale | null;

    @Field(() => Int, { nullable: true, description: '≥ 0; null = 0' })
    suggestionsMade?: number | null;

    @Field(() => Int, { nullable: true, description: '0 ≤ adopted ≤ suggestionsMade; null = 0' })
    suggestionsAdopted?: number | null;

    @Field(() => String, {
      nullable: true,
      description: CLAIM_EVIDENCE_DESCRIPTION,
    })
    claimEvidence?: string | null;

    @Field(() => String, { nullable: true })
    reportTitle?: string | null;

    @Field(() => String, { nullable: true })
    submittedTo?: string | null;

    @Field(() => Int, { nullable: true })
    peopleReached?: number | null;

    @Field(() => Int, { nullable: true })
    opinionsCollected?: number | null;

    @Field(() => Int, { nullable: true, description: 'Whole yuan, ≥ 0; null = 0' })
    donationYuan?: number | null;

    @Field(() => Int, { nullable: true })
    beneficiaries?: number | null;

    @Field(() => GovernmentLevel, { nullable: true })
    outletLevel?: GovernmentLevel | null;

    @Field(() => Int, { nullable: true })
    piecesSubmitted?: number | null;

    @Field(() => String, { nullable: true })
    notes?: string | null;

    @Field(() => [ActivityParticipantInput], {
      nullable: true,
      description: 'The whole participant list; on update it replaces the list',
    })
    participants?: ActivityParticipantInput[] | null;
  }
  return Fields;
}

export const ActivityInput = activityFields('ActivityInput', false);
export type ActivityInput = InstanceType<typeof ActivityInput>;
export const ActivityPatch = activityFields('ActivityPatch', true);
export type ActivityPatch = InstanceType<typeof ActivityPatch>;
