import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RectificationStatus } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';

export enum RectificationItemSortField {
  ID = 'ID',
  DUE_ON = 'DUE_ON',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(RectificationItemSortField, { name: 'RectificationItemSortField' });

@InputType()
export class RectificationItemFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the item text' })
  q?: string;

  @Field(() => ID, { nullable: true })
  targetId?: string;

  @Field(() => RectificationStatus, { nullable: true })
  status?: RectificationStatus;

  @Field(() => Int, { nullable: true, description: 'Items of the supervision targets of this year' })
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Items of this unit’s supervision targets' })
  unitId?: string;
}

@InputType({ description: 'A new item starts 待整改 (PENDING); its status moves with setRectificationStatus' })
export class RectificationItemInput {
  @Field(() => ID)
  targetId: string;

  @Field()
  text: string;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class RectificationItemPatch {
  @Field(() => String, { nullable: true })
  text?: string;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;
}
