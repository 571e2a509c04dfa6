import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SectorCategory } from '@cppcc/domain';

export enum SectorSortField {
  ID = 'ID',
  NAME = 'NAME',
  SORT_ORDER = 'SORT_ORDER',
}
registerEnumType(SectorSortField, { name: 'SectorSortField' });

@InputType()
export class SectorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the name' })
  q?: string;

  @Field(() => SectorCategory, { nullable: true })
  category?: SectorCategory;
}

function sectorFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial })
    name?: string;

    @Field(() => SectorCategory, { nullable: partial })
    category?: SectorCategory;

    @Field(() => Int, { nullable: true })
    sortOrder?: number;
  }
  return Fields;
}

export const SectorInput = sectorFields('SectorInput', false);
export type SectorInput = InstanceType<typeof SectorInput>;
export const SectorPatch = sectorFields('SectorPatch', true);
export type SectorPatch = InstanceType<typeof SectorPatch>;
