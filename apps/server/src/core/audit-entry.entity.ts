import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from './scalars';

/** Append-only: written in the same transaction as the change it records, never updated. */
@ObjectType({ description: '操作日志', simpleResolvers: true })
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
@Index(['action', 'at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => DateTimeScalar)
  @Index()
  @Column({ type: 'datetime' })
  at: Date;

  @Field(() => String, { description: 'user, token, system or anonymous' })
  @Column({ type: 'varchar', length: 10 })
  actorKind: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, ARCHIVE, LOGIN, LOGIN_FAILED or a workflow step' })
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record before the change' })
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the record after the change' })
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;
}
