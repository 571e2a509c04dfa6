import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { CppccBodyKind, TownshipKind } from '@cppcc/domain';
import { VersionedRecord } from '../core/versioned-record';

@ObjectType({ description: '乡镇/街道', simpleResolvers: true })
@Entity('township')
export class Township extends VersionedRecord {
  @Field({ description: '行政区划代码 (9 digits)' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Field()
  @Index()
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => TownshipKind)
  @Column({ type: 'varchar', length: 20 })
  kind: TownshipKind;

  @Field(() => String, { nullable: true, description: '政协组织名称, e.g. 高塘镇政协工委' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  bodyName: string | null;

  @Field(() => CppccBodyKind, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  bodyKind: CppccBodyKind | null;

  @Field(() => String, { nullable: true, description: '负责人 (主任/联络处主任)' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  director: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 (the township body’s office)' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: '办公地址' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
