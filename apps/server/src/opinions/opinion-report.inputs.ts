import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { GovernmentLevel, OpinionStatus } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';
import { CLAIM_EVIDENCE_DESCRIPTION } from '../claims/claim.inputs';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';
import { Member } from '../members/member.entity';

export enum OpinionReportSortField {
  ID = 'ID',
  SUBMITTED_ON = 'SUBMITTED_ON',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
  TOWNSHIP = 'TOWNSHIP',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(OpinionReportSortField, { name: 'OpinionReportSortField' });

@InputType()
export class OpinionReportFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in title, content and published issue' })
  q?: string;

  @Field(() => OpinionStatus, { nullable: true })
  status?: OpinionStatus;

  @Field(() => Int, { nullable: true, description: 'Year of submittedOn' })
  year?: number;

  @IdFilter(() => Township, 'Submitting township')
  townshipId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: county reports only (no township); false: township reports only',
  })
  county?: boolean;

  @Field(() => GovernmentLevel, { nullable: true })
  adoptionLevel?: GovernmentLevel;

  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) a leader instruction' })
  leaderInstruction?: boolean;

  @IdFilter(() => Member, 'Reports this member submitted or co-submitted')
  memberId?: string;
}

function opinionReportFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial })
    title?: string;

    @Field(() => String, { nullable: true })
    content?: string | null;

    @Field(() => ID, { nullable: true, description: 'Submitting township; null = the county (county admins only)' })
    townshipId?: string | null;

    @Field(() => DateScalar, { nullable: partial, description: 'The report’s year is the year of this date' })
    submittedOn?: string;

    @Field(() => OpinionStatus, { nullable: true, description: 'default SUBMITTED' })
    status?: OpinionStatus;

    @Field(() => GovernmentLevel, { nullable: true, description: '采用级别: required when ADOPTED, only then' })
    adoptionLevel?: GovernmentLevel | null;

    @Field(() => DateScalar, { nullable: true })
    adoptedOn?: string | null;

    @Field(() => Boolean, { nullable: true, description: '领导批示, default false' })
    leaderInstruction?: boolean | null;

    @Field(() => GovernmentLevel, { nullable: true, description: 'Required with a leader instruction, only then' })
    instructionLevel?: GovernmentLevel | null;

    @Field(() => String, { nullable: true, description: '批示领导: with a leader instruction' })
    instructionLeader?: string | null;

    @Field(() => DateScalar, { nullable: true, description: '批示日期: with a leader instruction' })
    instructedOn?: string | null;

    @Field(() => String, { nullable: true })
    publishedIssue?: string | null;

    @Field(() => String, {
      nullable: true,
      description: CLAIM_EVIDENCE_DESCRIPTION,
    })
    claimEvidence?: string | null;

    @Field(() => [ID], { nullable: true, description: 'Submitting members; on update it replaces the list' })
    submitterIds?: string[] | null;
  }
  return Fields;
}

export const OpinionReportInput = opinionReportFields('OpinionReportInput', false);
export type OpinionReportInput = InstanceType<typeof OpinionReportInput>;
export const OpinionReportPatch = opinionReportFields('OpinionReportPatch', true);
export type OpinionReportPatch = InstanceType<typeof OpinionReportPatch>;
