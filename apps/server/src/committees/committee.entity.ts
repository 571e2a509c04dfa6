import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommitteeRole } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { Member } from '../members/member.entity';

@ObjectType({ description: '专委会 (county level)', simpleResolvers: true })
@Entity('committee')
export class Committee extends VersionedRecord {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}

/** A member's seat in a committee with their role there. */
@ObjectType('CommitteeMember', { description: 'A member’s seat in a committee', simpleResolvers: true })
@Entity('committee_membership')
@Index(['committeeId', 'memberId'], { unique: true })
export class CommitteeMembership {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  committeeId: number;

  @ManyToOne(() => Committee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committeeId' })
  committeeRef?: Committee;

  @Field(() => ID)
  @Index()
  @Column({ type: 'integer' })
  memberId: number;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'memberId' })
  memberRef?: Member;

  @Field(() => CommitteeRole)
  @Column({ type: 'varchar', length: 20 })
  role: CommitteeRole;
}
