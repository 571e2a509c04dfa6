import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { Role } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';
import { DateTimeScalar } from '../core/scalars';

@ObjectType({ description: '系统用户', simpleResolvers: true })
@Entity('app_user')
export class User extends VersionedRecord {
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  /** scrypt hash; never exposed through GraphQL or the audit trail */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The township of a TOWNSHIP_OFFICER' })
  @Index()
  @Column({ type: 'integer', nullable: true })
  townshipId: number | null;

  @Field(() => ID, { nullable: true, description: 'The unit of a HANDLING_UNIT user' })
  @Column({ type: 'integer', nullable: true })
  handlingUnitId: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Disabled users cannot log in' })
  @Column({ type: 'datetime', nullable: true })
  disabledAt: Date | null;
}
