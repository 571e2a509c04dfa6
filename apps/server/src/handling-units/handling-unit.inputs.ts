import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { HandlingUnitKind } from '@cppcc/domain';

export enum HandlingUnitSortField {
  ID = 'ID',
  NAME = 'NAME',
}
registerEnumType(HandlingUnitSortField, { name: 'HandlingUnitSortField' });

@InputType()
export class HandlingUnitFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in name, short name and contact person' })
  q?: string;

  @Field(() => HandlingUnitKind, { nullable: true })
  kind?: HandlingUnitKind;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived units' })
  includeArchived?: boolean;
}

function unitFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial })
    name?: string;

    @Field(() => String, { nullable: true })
    shortName?: string | null;

    @Field(() => HandlingUnitKind, { nullable: partial })
    kind?: HandlingUnitKind;

    @Field(() => String, { nullable: true })
    contactPerson?: string | null;

    @Field(() => String, { nullable: true })
    contactPhone?: string | null;
  }
  return Fields;
}

export const HandlingUnitInput = unitFields('HandlingUnitInput', false);
export type HandlingUnitInput = InstanceType<typeof HandlingUnitInput>;
export const HandlingUnitPatch = unitFields('HandlingUnitPatch', true);
export type HandlingUnitPatch = InstanceType<typeof HandlingUnitPatch>;
