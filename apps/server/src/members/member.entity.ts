import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Gender, MemberKind, MemberStatus, PoliticalAffiliation, maskBirthDate, maskPhone } from '@cppcc/domain';
import { definePersonalData } from '../core/personal-data';
import { VersionedRecord } from '../core/versioned-record';
import { DateScalar, DateTimeScalar } from '../core/scalars';
import { Sector } from '../sectors/sector.entity';
import { Township } from '../townships/township.entity';

@ObjectType({
  description: '委员 — archived, never hard-deleted, so their history stays countable',
  simpleResolvers: true,
})
@Entity('member')
@Index(['townshipId', 'status'])
export class Member extends VersionedRecord {
  @Field()
  @Index()
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => Gender)
  @Column({ type: 'varchar', length: 10 })
  gender: Gender;

  @Field({ description: '民族' })
  @Column({ type: 'varchar', length: 20, default: '汉族' })
  ethnicity: string;

  @Field(() => DateScalar, { nullable: true, description: '出生日期' })
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => PoliticalAffiliation)
  @Column({ type: 'varchar', length: 20 })
  affiliation: PoliticalAffiliation;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  sectorId: number;

  @ManyToOne(() => Sector, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sectorId' })
  sectorRef?: Sector;

  @Field(() => ID)
  @Column({ type: 'integer' })
  townshipId: number;

  @ManyToOne(() => Township, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'townshipId' })
  townshipRef?: Township;

  @Field(() => MemberKind)
  @Column({ type: 'varchar', length: 20 })
  kind: MemberKind;

  @Field({ description: '届, e.g. 第十一届' })
  @Column({ type: 'varchar', length: 20 })
  term: string;

  @Field(() => MemberStatus)
  @Column({ type: 'varchar', length: 20, default: MemberStatus.ACTIVE })
  status: MemberStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  workUnit: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: '联系电话' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  joinedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  leftOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  leaveReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  archivedAt: Date | null;
}

definePersonalData(
  Member,
  { townshipId: 'townshipId' },
  {
    phone: { mask: maskPhone, masked: 'e.g. 138****3523' },
    birthDate: { mask: maskBirthDate, masked: 'null — birthYear still gives the year' },
  },
);
