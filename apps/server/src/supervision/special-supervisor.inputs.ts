import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../core/scalars';
import { IdFilter } from '../core/list-query';
import { Member } from '../members/member.entity';
import { HandlingUnit } from '../handling-units/handling-unit.entity';

export enum SpecialSupervisorSortField {
  ID = 'ID',
  FROM_ON = 'FROM_ON',
  UNIT = 'UNIT',
  MEMBER = 'MEMBER',
}
registerEnumType(SpecialSupervisorSortField, { name: 'SpecialSupervisorSortField' });

@InputType()
export class SpecialSupervisorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @IdFilter(() => Member)
  memberId?: string;

  @IdFilter(() => HandlingUnit)
  unitId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Appointments in force on this date' })
  activeOn?: string;
}

function specialSupervisorFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => ID, { nullable: partial, description: 'An active member' })
    memberId?: string;

    @Field(() => ID, { nullable: partial, description: 'An existing, not archived handling unit' })
    unitId?: string;

    @Field(() => DateScalar, { nullable: partial })
    fromOn?: string;

    @Field(() => DateScalar, { nullable: true, description: 'Not before fromOn; null = open-ended' })
    toOn?: string | null;
  }
  return Fields;
}

export const SpecialSupervisorInput = specialSupervisorFields('SpecialSupervisorInput', false);
export type SpecialSupervisorInput = InstanceType<typeof SpecialSupervisorInput>;
export const SpecialSupervisorPatch = specialSupervisorFields('SpecialSupervisorPatch', true);
export type SpecialSupervisorPatch = InstanceType<typeof SpecialSupervisorPatch>;
