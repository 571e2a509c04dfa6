import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';
import { Member } from '../members/member.entity';

export enum DutyReportSortField {
  ID = 'ID',
  YEAR = 'YEAR',
  SUBMITTED_ON = 'SUBMITTED_ON',
  MEMBER = 'MEMBER',
}
registerEnumType(DutyReportSortField, { name: 'DutyReportSortField' });

@InputType()
export class DutyReportFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the title' })
  q?: string;

  @IdFilter(() => Member)
  memberId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @IdFilter(() => Township, 'Reports of this township’s members')
  townshipId?: string;
}

function dutyReportFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => ID, { nullable: partial })
    memberId?: string;

    @Field(() => Int, { nullable: partial, description: 'The year reported on; one report per member and year' })
    year?: number;

    @Field(() => DateScalar, { nullable: partial, description: 'Not before the year reported on' })
    submittedOn?: string;

    @Field(() => String, { nullable: true })
    title?: string | null;
  }
  return Fields;
}

export const DutyReportInput = dutyReportFields('DutyReportInput', false);
export type DutyReportInput = InstanceType<typeof DutyReportInput>;
export const DutyReportPatch = dutyReportFields('DutyReportPatch', true);
export type DutyReportPatch = InstanceType<typeof DutyReportPatch>;
