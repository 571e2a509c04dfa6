import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { HandlingUnitKind, maskPhone } from '@cppcc/domain';
import { definePersonalData } from '../core/personal-data';
import { VersionedRecord } from '../core/versioned-record';
import { DateTimeScalar } from '../core/scalars';

@ObjectType({ description: '承办单位 (also the targets of democratic supervision)', simpleResolvers: true })
@Entity('handling_unit')
export class HandlingUnit extends VersionedRecord {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  shortName: string | null;

  @Field(() => HandlingUnitKind)
  @Column({ type: 'varchar', length: 30 })
  kind: HandlingUnitKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: "联系人电话 (often the contact's own mobile)" })
  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when archived; archived units receive no new work' })
  @Column({ type: 'datetime', nullable: true })
  archivedAt: Date | null;
}

// The contact's phone is a person's number; the unit's own users keep reading theirs.
definePersonalData(
  HandlingUnit,
  { handlingUnitId: 'id' },
  { contactPhone: { mask: maskPhone, masked: 'e.g. 138****3523, 0556-****3456' } },
);
