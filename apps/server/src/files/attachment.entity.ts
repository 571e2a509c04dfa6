import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../core/scalars';

/**
 * One file of the file store (apps/server/src/core/file-store.ts) and whose it is: uploaded
 * unbound (ownerType null) by one caller, then bound once to the record that holds it, inside
 * that record's write (attachment.service.ts). Never changed afterwards.
 */
@ObjectType({ description: '附件', simpleResolvers: true })
@Entity('attachment')
@Index(['ownerType', 'ownerId'])
@Index(['uploadedAt'])
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  /** The random store key: never shown except inside `url`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  key: string;

  @Field(() => String, {
    nullable: true,
    description: 'Proposal, ProposalReply, OpinionReport, Activity …; null until bound',
  })
  @Column({ type: 'varchar', length: 40, nullable: true })
  ownerType: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  ownerId: number | null;

  @Field(() => String, { description: 'The original name (中文), as the download saves it' })
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Field(() => String, { description: 'The type the content was recognised as, not the one the client claimed' })
  @Column({ type: 'varchar', length: 100 })
  mimeType: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column({ type: 'integer' })
  size: number;

  @Field(() => String, { description: 'SHA-256 of the content, hex' })
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** `user` or `token`: who uploaded it, with uploadedById. */
  @Column({ type: 'varchar', length: 10 })
  uploadedByKind: string;

  @Column({ type: 'integer' })
  uploadedById: number;

  @Field(() => DateTimeScalar)
  @Column({ type: 'datetime' })
  uploadedAt: Date;

  @Field(() => String, { description: 'Where to download it: GET with the login token' })
  get url(): string {
    return `/files/${this.key}`;
  }
}
