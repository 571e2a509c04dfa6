import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CppccBodyKind, TownshipKind } from '@cppcc/domain';

export enum TownshipSortField {
  ID = 'ID',
  CODE = 'CODE',
  NAME = 'NAME',
  SORT_ORDER = 'SORT_ORDER',
}
registerEnumType(TownshipSortField, { name: 'TownshipSortField' });

@InputType()
export class TownshipFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in name, code and CPPCC body name' })
  q?: string;

  @Field(() => TownshipKind, { nullable: true })
  kind?: TownshipKind;
}

/**
 * Create and patch share their fields; in the patch every field is optional. Identity fields
 * (code, name, kind, bodyName, bodyKind, sortOrder) are the county admin's to change
 * (TOWNSHIP_FIELD_WRITERS, enforced by the record store).
 */
function townshipFields(name: string, partial: boolean) {
  @InputType(name)
  class Fields {
    @Field(() => String, { nullable: partial, description: '行政区划代码, 9 digits' })
    code?: string;

    @Field(() => String, { nullable: partial })
    name?: string;

    @Field(() => TownshipKind, { nullable: partial })
    kind?: TownshipKind;

    @Field(() => String, { nullable: true })
    bodyName?: string | null;

    @Field(() => CppccBodyKind, { nullable: true })
    bodyKind?: CppccBodyKind | null;

    @Field(() => String, {
      nullable: true,
      description: '负责人 (contact field: the county admin and the township’s own officer)',
    })
    director?: string | null;

    @Field(() => String, { nullable: true, description: '联系电话 (contact field)' })
    phone?: string | null;

    @Field(() => String, { nullable: true, description: '办公地址 (contact field)' })
    address?: string | null;

    @Field(() => Int, { nullable: true })
    sortOrder?: number;
  }
  return Fields;
}

export const TownshipInput = townshipFields('TownshipInput', false);
export type TownshipInput = InstanceType<typeof TownshipInput>;
export const TownshipPatch = townshipFields('TownshipPatch', true);
export type TownshipPatch = InstanceType<typeof TownshipPatch>;
