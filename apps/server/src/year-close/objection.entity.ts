import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ObjectionStatus } from '@cppcc/domain';
import { DateTimeScalar } from '../core/scalars';
import { VersionedRecord } from '../core/versioned-record';

// A township's objection to one of its figures in a year's review (packages/domain/src/rules/objection.ts).

@ObjectType({ description: '异议: a township officer disputes a figure of their township in the review period' })
@Entity('objection')
@Index(['year', 'status'])
@Index(['townshipId'])
export class Objection extends VersionedRecord {
  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => ID)
  @Column({ type: 'integer' })
  townshipId: number;

  @Field(() => String, { description: 'The disputed metric’s key (metricCatalog)' })
  @Column({ type: 'varchar', length: 60 })
  metric: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The figure as the records gave it when the objection was raised (null: no value)',
  })
  @Column({ type: 'double precision', nullable: true })
  figure: number | null;

  @Field(() => String, { description: 'Why the figure is wrong: which records, what it should be' })
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Field(() => String, { nullable: true, description: '证明材料: a document’s reference, a file, a record' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence: string | null;

  @Field(() => ObjectionStatus)
  @Column({ type: 'varchar', length: 20 })
  status: ObjectionStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  raisedByName: string | null;

  @Field(() => String, { nullable: true, description: 'The county’s answer; required when refused' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  answer: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  answeredByName: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  answeredAt: Date | null;
}
