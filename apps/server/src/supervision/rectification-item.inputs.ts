import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { RectificationStatus } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';
import { IdFilter } from '../core/list-query';
import { SupervisionTarget } from './supervision.entity';
import { HandlingUnit } from '../handling-units/handling-unit.entity';

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

  @IdFilter(() => SupervisionTarget)
  targetId?: string;

  @Field(() => RectificationStatus, { nullable: true })
  status?: RectificationStatus;

  @Field(() => Int, { nullable: true, description: 'Items of the supervision targets of this year' })
  year?: number;

  @IdFilter(() => HandlingUnit, 'Items of this unit’s supervision targets')
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
