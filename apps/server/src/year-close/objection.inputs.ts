import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ObjectionStatus } from '@cppcc/domain';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';

export enum ObjectionSortField {
  ID = 'ID',
  CREATED_AT = 'CREATED_AT',
  ANSWERED_AT = 'ANSWERED_AT',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(ObjectionSortField, { name: 'ObjectionSortField' });

@InputType()
export class ObjectionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the reason, the evidence and the answer' })
  q?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @IdFilter(() => Township)
  townshipId?: string;

  @Field(() => ObjectionStatus, { nullable: true })
  status?: ObjectionStatus;

  @Field(() => String, { nullable: true, description: 'A metric key' })
  metric?: string;
}

@InputType({ description: 'An objection to a figure of the caller’s township in the year’s review period' })
export class ObjectionInput {
  @Field(() => Int)
  year: number;

  @Field(() => String, { description: 'The disputed metric’s key (metricCatalog)' })
  metric: string;

  @Field(() => String, { description: 'Which records, what the figure should be, and why' })
  reason: string;

  @Field(() => String, { nullable: true, description: '证明材料: a document’s reference, a file, a record' })
  evidence?: string;
}

@InputType()
export class ObjectionAnswerInput {
  @Field(() => String, {
    nullable: true,
    description: 'The county’s answer: what was fixed, or why not (required when refusing)',
  })
  answer?: string;
}
