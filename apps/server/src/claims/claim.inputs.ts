import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ClaimKind, ClaimReview } from '@cppcc/domain';
import { IdFilter } from '../core/list-query';
import { Township } from '../townships/township.entity';

/** The claimEvidence input of every claimable record. */
export const CLAIM_EVIDENCE_DESCRIPTION =
  '证明材料 of a new or changed claim (adoption, leader instruction, adopted suggestions): the issue it appeared in, the instruction’s reference, a file; required from townships, whose claims count once the county confirms them';

export enum ClaimSortField {
  ID = 'ID',
  CREATED_AT = 'CREATED_AT',
  DECIDED_AT = 'DECIDED_AT',
  TOWNSHIP = 'TOWNSHIP',
}
registerEnumType(ClaimSortField, { name: 'ClaimSortField' });

@InputType()
export class ClaimFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search in the record’s title and the evidence' })
  q?: string;

  @Field(() => ClaimReview, { nullable: true })
  review?: ClaimReview;

  @Field(() => ClaimKind, { nullable: true })
  kind?: ClaimKind;

  @Field(() => Int, { nullable: true, description: 'The record’s year' })
  year?: number;

  @IdFilter(() => Township, 'The record’s township')
  townshipId?: string;

  @Field(() => String, { nullable: true, description: 'OpinionReport or Activity, with recordId: one record’s claims' })
  recordType?: string;

  // An Int, not an ID naming one entity: the record is of recordType's table, and the claims' own scope applies.
  @Field(() => Int, { nullable: true })
  recordId?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also claims a later change replaced or withdrew (default: the current claims only)',
  })
  includeSuperseded?: boolean;
}

@InputType()
export class ClaimDecisionInput {
  @Field(() => String, { nullable: true, description: '说明: optional when confirming, the reason when refusing' })
  note?: string | null;
}
