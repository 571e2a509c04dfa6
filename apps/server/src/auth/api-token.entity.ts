import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@cppcc/domain';
import { DateTimeScalar } from '../core/scalars';

/** A token for another system; the secret is shown once and only its SHA-256 is kept. */
@ObjectType({ description: 'API 令牌（供其他系统调用）', simpleResolvers: true })
@Entity('api_token')
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Role, { description: 'The role the token acts as; scoped like that role' })
  @Column({ type: 'varchar', length: 20 })
  role: Role;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  townshipId: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  handlingUnitId: number | null;

  @Field({ description: 'Read-only tokens cannot call mutations' })
  @Column({ type: 'boolean', default: true })
  readOnly: boolean;

  @Field({
    description:
      '允许读取个人信息: reads phones and birth dates whole (see Member.phone); granted only by a signed-in county admin, and audited',
  })
  @Column({ type: 'boolean', default: false })
  personalData: boolean;

  @Field(() => String, { description: 'First characters of the secret, to recognise it' })
  @Column({ type: 'varchar', length: 20 })
  prefix: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  expiresAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  createdById: number | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn()
  createdAt: Date;
}
