import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClaimKind, ClaimReview } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { DateTimeScalar } from '../core/scalars';

// A result a township reports about its own record (packages/domain/src/rules/claims.ts). Each
// new claim on a record supersedes the one before it, so the rows are the claim's history; the
// record's review column mirrors its current claim for the figures' SQL.

@ObjectType({
  description: '待确认的成果申报: an adoption, a leader instruction or adopted suggestions',
  simpleResolvers: true,
})
@Entity('claim')
@Index(['recordType', 'recordId', 'kind'])
@Index(['review', 'townshipId'])
export class Claim extends VersionedRecord {
  @Field(() => ClaimKind)
  @Column({ type: 'varchar', length: 30 })
  kind: ClaimKind;

  @Field(() => String, { description: 'OpinionReport or Activity' })
  @Column({ type: 'varchar', length: 30 })
  recordType: string;

  @Field(() => ID)
  @Column({ type: 'integer' })
  recordId: number;

  @Field(() => ID, { nullable: true, description: 'The record’s township; null = the county’s own record' })
  @Column({ type: 'integer', nullable: true })
  townshipId: number | null;

  @Field(() => Int, { description: 'The record’s year' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => String, { description: 'The record’s title, as it was when claimed' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, {
    description: 'The claimed columns and their values as a JSON object (CLAIM_COLUMNS of the kind)',
  })
  @Column({ type: 'text' })
  claimed: string;

  @Field(() => String, { nullable: true, description: '证明材料: the issue, the instruction’s reference, a file' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence: string | null;

  @Field(() => ClaimReview)
  @Column({ type: 'varchar', length: 20 })
  review: ClaimReview;

  @Field(() => String, { nullable: true, description: 'The county’s reason, required when refused' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  claimedById: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  claimedByName: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  decidedById: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  decidedByName: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When a later change of the record replaced or withdrew this claim; null = the current claim',
  })
  @Column({ type: 'datetime', nullable: true })
  supersededAt: Date | null;
}
