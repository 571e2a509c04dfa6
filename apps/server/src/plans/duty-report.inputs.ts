import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../core/scalars';

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

  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Reports of this township’s members' })
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
