import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TenureEnd } from '@cppcc/domain';
import { DateScalar } from '../core/scalars';
import { Township } from '../townships/township.entity';
import { Member } from './member.entity';

// A member's dated history (packages/domain/src/rules/tenure.ts). The member row keeps the
// latest state for lists and access; every figure of a year reads these rows.

@ObjectType({ description: '任职经历: one stretch of a member’s organisation in one township', simpleResolvers: true })
@Entity('member_tenure')
@Index(['memberId', 'startsOn'], { unique: true })
@Index(['townshipId', 'startsOn'])
export class MemberTenure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  memberRef?: Member;

  @Field(() => ID)
  @Column({ type: 'integer' })
  townshipId: number;

  @ManyToOne(() => Township, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'townshipId' })
  townshipRef?: Township;

  @Field(() => DateScalar, { description: 'First day in this township' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in this township; null while still there' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => TenureEnd, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  endReason: TenureEnd | null;

  @Field(() => String, { nullable: true, description: '离任原因 or the note of a transfer' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  endNote: string | null;

  @Field({
    description:
      'True when a date of this stretch was not recorded (members entered before joining dates were required): 资料待补. The start is then the start of the member’s first term',
  })
  @Column({ type: 'boolean', default: false })
  estimated: boolean;
}

@ObjectType({ description: '届次: a term a member was appointed for', simpleResolvers: true })
@Entity('member_term')
@Index(['memberId', 'term'], { unique: true })
export class MemberTerm {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'memberId' })
  memberRef?: Member;

  @Field({ description: '届, e.g. 第十一届' })
  @Column({ type: 'varchar', length: 20 })
  term: string;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the appointment; null when not recorded' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;
}
