import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { DateTimeScalar } from './scalars';

/** The `expectedVersion` argument of every change to an existing record. */
export const EXPECTED_VERSION_DESCRIPTION =
  'expectedVersion: fail with CONFLICT (extensions.currentVersion) instead of acting on a record a colleague changed';

/** Columns every editable record has: the version makes `expectedVersion` checks possible. */
// type-graphql copies a decorated superclass's fields into each subclass type.
@ObjectType('VersionedRecord', { description: 'Fields every editable record has', simpleResolvers: true })
export abstract class VersionedRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int, {
    description: 'Incremented on every change; pass it as expectedVersion to detect a colleague’s edit',
  })
  @VersionColumn({ default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn()
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn()
  updatedAt: Date;
}
