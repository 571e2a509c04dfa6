import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Gender, MemberKind, MemberStatus, PoliticalAffiliation } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';
import { Sector } from '../sectors/sector.entity';
import { Committee } from '../committees/committee.entity';

export enum MemberSortField {
  ID = 'ID',
  NAME = 'NAME',
  BIRTH_DATE = 'BIRTH_DATE',
  JOINED_ON = 'JOINED_ON',
  TOWNSHIP = 'TOWNSHIP',
  SECTOR = 'SECTOR',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(MemberSortField, { name: 'MemberSortField' });

@InputType()
export class MemberFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Text search in name, work unit, title and phone (phone only among members whose phone the caller reads whole)',
  })
  q?: string;

  @IdFilter(() => Township)
  townshipId?: string;

  @IdFilter(() => Sector)
  sectorId?: string;

  @IdFilter(() => Committee, 'Members of this committee')
  committeeId?: string;

  @Field(() => MemberStatus, { nullable: true })
  status?: MemberStatus;

  @Field(() => MemberKind, { nullable: true })
  kind?: MemberKind;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => PoliticalAffiliation, { nullable: true })
  affiliation?: PoliticalAffiliation;

  @Field(() => String, { nullable: true, description: '届, e.g. 第十一届' })
  term?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: '资料待补: true lists the members without a joining date (false: those with one)',
  })
  needsDetails?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived members' })
  includeArchived?: boolean;
}

function memberFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial })
    name?: string;

    @Field(() => Gender, { nullable: partial })
    gender?: Gender;

    @Field(() => String, { nullable: true, description: '民族, default 汉族' })
    ethnicity?: string;

    @Field(() => DateScalar, { nullable: true })
    birthDate?: string | null;

    @Field(() => PoliticalAffiliation, { nullable: partial })
    affiliation?: PoliticalAffiliation;

    @Field(() => ID, { nullable: partial })
    sectorId?: string;

    @Field(() => ID, { nullable: partial })
    townshipId?: string;

    @Field(() => MemberKind, { nullable: partial })
    kind?: MemberKind;

    @Field(() => String, { nullable: partial, description: '届, e.g. 第十一届' })
    term?: string;

    @Field(() => MemberStatus, { nullable: true, description: 'default ACTIVE' })
    status?: MemberStatus;

    @Field(() => String, { nullable: true })
    workUnit?: string | null;

    @Field(() => String, { nullable: true })
    title?: string | null;

    @Field(() => String, { nullable: true })
    phone?: string | null;

    @Field(() => DateScalar, { nullable: true })
    joinedOn?: string | null;

    @Field(() => DateScalar, { nullable: true })
    leftOn?: string | null;

    @Field(() => String, { nullable: true })
    leaveReason?: string | null;
  }
  return Fields;
}

export const MemberInput = memberFields('MemberInput', false);
export type MemberInput = InstanceType<typeof MemberInput>;
export const MemberPatch = memberFields('MemberPatch', true);
export type MemberPatch = InstanceType<typeof MemberPatch>;

@InputType({ description: '调动: the member is organised in another township from effectiveOn' })
export class TransferMemberInput {
  @Field(() => ID, { nullable: true })
  townshipId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in the new township (required)' })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: '届满 / 退出 / 撤销 from effectiveOn (the last day in office), or 恢复 (ACTIVE) from it' })
export class MemberStatusChangeInput {
  @Field(() => MemberStatus)
  status: MemberStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Required' })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Reason (required for 退出)' })
  reason?: string | null;
}

@InputType({ description: '连任: a further term; the earlier terms stay on the record' })
export class ReappointMemberInput {
  @Field(() => String, { nullable: true, description: '届, e.g. 第十二届' })
  term?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the appointment (required)' })
  startsOn?: string | null;
}
