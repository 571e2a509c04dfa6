import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import { YearState } from '@cppcc/domain';
import { DateTimeScalar } from '../core/scalars';
import { VersionedRecord } from '../core/versioned-record';

// One edition of a year's close (packages/domain/src/rules/year-close.ts): opened for review,
// closed with its sealed snapshot, perhaps reopened. Closing a reopened year again is a new
// edition; the old one keeps its snapshot.

@ObjectType({ description: '年度封账: one edition of a year’s review and close', simpleResolvers: true })
@Entity('year_edition')
@Index(['year', 'edition'], { unique: true })
export class YearEdition extends VersionedRecord {
  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: '1 for the first close of the year; each close after a reopening adds one' })
  @Column({ type: 'integer' })
  edition: number;

  @Field(() => YearState)
  @Column({ type: 'varchar', length: 20 })
  state: YearState;

  @Field(() => DateTimeScalar, { description: 'When the review period (核对期) began' })
  @Column({ type: 'datetime' })
  reviewOpenedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  reviewOpenedByName: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  closedByName: string | null;

  @Field(() => String, { nullable: true, description: 'The county’s note on closing' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  closeNote: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'SHA-256 (hex) of the snapshot’s canonical JSON (yearSnapshot), once closed',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  snapshotHash: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  reopenedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  reopenedByName: string | null;

  @Field(() => String, { nullable: true, description: 'Why the sealed year was reopened' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reopenReason: string | null;
}

/**
 * A piece of a sealed snapshot's canonical JSON, in order. Pieces keep every row under MySQL's
 * TEXT limit (64 KB) with one set of column types for both databases.
 */
@Entity('year_snapshot_part')
@Index(['editionId', 'seq'], { unique: true })
export class YearSnapshotPart {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  text: string;
}

/** 封账后更正: a county admin's change to a record of a closed year, with the reason. */
@ObjectType({ description: '封账后更正: a change to a record of a closed year, by a county admin, with its reason' })
@Entity('year_correction')
@Index(['year'])
export class YearCorrection {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'The sealed edition the change departs from' })
  @Column({ type: 'integer' })
  edition: number;

  @Field(() => String, { description: 'The record’s type, as in the audit trail' })
  @Column({ type: 'varchar', length: 50 })
  entityType: string;

  @Field(() => ID)
  @Column({ type: 'integer' })
  entityId: number;

  @Field(() => String, { description: 'CREATE, UPDATE, DELETE or the verb, as in the audit trail' })
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  byName: string | null;

  @Field(() => DateTimeScalar)
  @Column({ type: 'datetime' })
  at: Date;
}

/** A year's latest edition (null: never reviewed): its state is the year's (yearState). */
export function latestEdition(manager: EntityManager, year: number): Promise<YearEdition | null> {
  return manager.getRepository(YearEdition).findOne({ where: { year }, order: { edition: 'DESC' } });
}
